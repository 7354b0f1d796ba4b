package org.dmp.it.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dmp.application.testdata.TestData;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.testdata.TestIdentities;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.soap.SoapClients;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The test data page a vendor's developer opens on a development server, with their certificate.
 */
class TestDataPageIT extends DmpIT {

  private static final URI PAGE = URI.create(SoapClients.TEST_SERVER + "/dmp-ws/test-data");

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(TestDataPageIT.class);
  }

  private static HttpResponse<String> get(TestPki.Organisation organisation) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(
                organisation == null
                    ? TestPki.sslContextWithoutCertificate()
                    : organisation.sslContext())
            .build();
    return client.send(HttpRequest.newBuilder(PAGE).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsTheTestPatientsWithTheirRecordHereAndTheTestProfessionals() throws Exception {
    Ins withRecord = TestIdentities.patients().get(0).ins();
    // opened here unless an earlier run on the same database did (no other test opens it)
    if (DatabaseState.Sql.count(
            dataSource, "select count(*) from record where ins_nir = ?", withRecord.value())
        == 0) {
      As.call(
          Fixtures.AGENT,
          () ->
              records.open(
                  Fixtures.counterAgent(),
                  withRecord,
                  TestIdentities.patients().get(0).identity(),
                  OpeningChannel.COUNTER,
                  true));
    }

    HttpResponse<String> page = get(TestPki.organisation(TestPki.SOFTWARE));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String html = page.body();
    assertThat(html).contains("Données de test", "test data");
    assertThat(html)
        .contains(
            "<td>"
                + withRecord.value()
                + "</td><td>1.2.250.1.213.1.4.10</td><td>"
                + withRecord.value()
                + "^^^&amp;1.2.250.1.213.1.4.10&amp;ISO^NH</td>");
    int row = html.indexOf("<td>" + withRecord.value() + "</td>");
    assertThat(html.substring(row, html.indexOf("</tr>", row))).contains("<td>OPEN</td>");
    for (var patient : TestIdentities.patients()) {
      assertThat(html).contains("<td>" + patient.ins().value() + "</td>");
    }
    assertThat(html).contains("aucun / none");
    for (var professional : TestIdentities.professionals()) {
      assertThat(html).contains("<td>" + professional.rpps().value() + "</td>");
    }
    assertThat(html).contains("SM54", "N&#39;DIAYE", "CASANOVA");
  }

  @Test
  void withoutAnOrganisationCertificateThereIsNoPage() throws Exception {
    HttpResponse<String> page = get(null);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).doesNotContain("MARTIN");
  }

  @Test
  void aServerThatIsNotADevelopmentServerHasNoTestData() throws Exception {
    String before = System.getProperty(TestData.SWITCH);
    System.setProperty(TestData.SWITCH, "false");
    try {
      HttpResponse<String> page = get(TestPki.organisation(TestPki.SOFTWARE));

      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.body()).doesNotContain("MARTIN");
    } finally {
      System.setProperty(TestData.SWITCH, before);
    }
  }
}
