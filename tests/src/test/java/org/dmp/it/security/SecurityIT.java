package org.dmp.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJBAccessException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.As;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Container-managed security: nothing but the readiness check answers without authentication, the
 * role decides which services a caller reaches, and a caller cannot claim to be someone else.
 */
class SecurityIT extends DmpIT {

  /** The test server runs on port offset 100 (arquillian.xml). */
  private static final String BASE = TestServer.HTTP;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(SecurityIT.class);
  }

  @Test
  void withoutCredentialsOnlyTheReadinessCheckAndThePublicPagesAnswer() throws Exception {
    assertThat(get("/dmp/api/ready", null).statusCode()).isEqualTo(200);

    // everything else is HTTPS only: plain HTTP is sent to HTTPS, without a password challenge
    for (String path :
        new String[] {"/dmp/", "/dmp-ws/", "/dmp-ws/registry", "/dmp/api/fhir/metadata"}) {
      HttpResponse<String> response = get(path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(path)
          .hasValue(TestServer.HTTPS + path);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    // over HTTPS: the home and login pages are public; the others send a person to the login
    // page (web LoginIT: in a browser)
    assertThat(getHttps("/dmp/", null).statusCode()).isEqualTo(200);
    assertThat(getHttps("/dmp/connexion.xhtml", null).statusCode()).isEqualTo(200);
    for (String page :
        new String[] {
          "/dmp/guichet/recherche.xhtml",
          "/dmp/portail/synthese.xhtml",
          "/dmp/supervision/tableau-de-bord.xhtml",
          "/dmp/compte/code.xhtml",
          "/dmp/no-such-page.xhtml"
        }) {
      HttpResponse<String> response = getHttps(page, null);
      assertThat(response.statusCode()).as(page).isEqualTo(303);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/dmp/connexion.xhtml"));
    }
  }

  @Test
  void noPasswordMechanismAnswersBesideTheLoginPage() throws Exception {
    // a password sent with the request (BASIC) is no login: only the login page takes passwords,
    // so that every wrong one is counted (lockout)
    HttpResponse<String> page =
        getHttps("/dmp/guichet/recherche.xhtml", basic(Fixtures.AGENT, TestAccounts.PASSWORD));
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void aRoleReachesOnlyItsOwnChannel() throws Exception {
    String patient = Fixtures.ensurePatientAccount(dataSource, Fixtures.newIns());

    // a patient is authenticated, but the REST API is not theirs (nor the SOAP services, which
    // take no password at all: TlsClientCertificateIT)
    assertThat(
            getHttps("/dmp/api/fhir/metadata", basic(patient, TestAccounts.PASSWORD)).statusCode())
        .isEqualTo(403);
    // an institution's account by password does not get through: the REST API takes
    // certificates only (FhirIT: with one)
    TestAccounts.ensure(
        dataSource, "it-hospital-password", "ORGANISATION", "750712184", "INSTITUTION");
    HttpResponse<String> institution =
        getHttps(
            "/dmp/api/fhir/DocumentReference?patient.identifier=urn:oid:1.2.250.1.213.1.4.8%7Cx",
            basic("it-hospital-password", TestAccounts.PASSWORD));
    assertThat(institution.statusCode()).isEqualTo(403);
  }

  @Test
  void anonymousCallsToTheServicesAreRefusedByTheContainer() {
    Ins ins = Fixtures.newIns();

    EJBAccessException refused =
        catchThrowableOfType(
            EJBAccessException.class,
            () ->
                records.open(
                    Fixtures.counterAgent(),
                    ins,
                    Fixtures.identity(),
                    OpeningChannel.COUNTER,
                    true));

    assertThat(refused).isNotNull();
  }

  @Test
  void aRoleWithoutTheUseCaseIsRefusedByTheContainer() {
    RecordId id = openRecord();

    // a patient does not record legal representatives: that is the counter's job
    Ins ins = Fixtures.newIns();
    String patient = Fixtures.ensurePatientAccount(dataSource, ins);
    EJBAccessException refused =
        catchThrowableOfType(
            EJBAccessException.class,
            () ->
                As.run(
                    patient,
                    () -> settings.addRepresentative(Fixtures.patient(ins), id, "x", "Parent")));

    assertThat(refused).isNotNull();
  }

  @Test
  void aCallerCannotClaimToBeSomeoneElse() {
    Ins mine = Fixtures.newIns();
    Ins theirs = Fixtures.newIns();
    openRecord(mine);
    openRecord(theirs);
    String myLogin = Fixtures.patientLogin(mine);

    DmpException asAnotherPatient =
        catchThrowableOfType(
            DmpException.class,
            () -> As.call(myLogin, () -> records.find(Fixtures.patient(theirs), theirs)));
    DmpException agentAsDoctor =
        catchThrowableOfType(
            DmpException.class,
            () -> As.call(Fixtures.AGENT, () -> records.find(Fixtures.doctor(), mine)));
    DmpException softwareAsPatient =
        catchThrowableOfType(
            DmpException.class,
            () -> As.call(Fixtures.SOFTWARE, () -> records.find(Fixtures.patient(mine), mine)));

    assertThat(asAnotherPatient.code()).isEqualTo("CALLER_MISMATCH");
    assertThat(agentAsDoctor.code()).isEqualTo("CALLER_MISMATCH");
    assertThat(softwareAsPatient.code()).isEqualTo("CALLER_MISMATCH");
    assertThat(As.call(myLogin, () -> records.find(Fixtures.patient(mine), mine)).status())
        .isNotNull();
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Over HTTPS, trusting the test CA, without a client certificate. */
  private static HttpResponse<String> getHttps(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.HTTPS + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newBuilder()
        .sslContext(TestPki.sslContextWithoutCertificate())
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
