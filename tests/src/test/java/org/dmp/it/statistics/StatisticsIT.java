package org.dmp.it.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dmp.application.statistics.Statistics;
import org.dmp.application.statistics.StatisticsReport;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.statistics.ActivityStatistics.ProfessionalActivity;
import org.dmp.domain.statistics.StatisticsPeriod;
import org.dmp.it.support.As;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.soap.TestPki;
import org.hl7.fhir.r4.model.Bundle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

class StatisticsIT extends DmpIT {

  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(StatisticsIT.class);
  }

  @jakarta.inject.Inject Statistics statistics;

  @Test
  void openingsFeedingsAndReadingsAreCountedForTheInsurerAndAggregatedForInstitutions()
      throws Exception {
    JsonObject insurerBefore = report(TestPki.FEED, TODAY, TODAY);
    JsonObject institutionBefore = report(TestPki.HOSPITAL, TODAY, TODAY);
    StatisticsReport auditorBefore = asAuditor();

    RecordId id = openRecordForDoctor();
    openRecord();
    Ins ins = insOf(id);
    Bundle fed =
        FhirClients.json(Fixtures.doctor())
            .transaction()
            .withBundle(MhdBundles.provide(ins, new MhdBundles.Doc(Fixtures.contentWith("s"))))
            .execute();
    String document = fed.getEntry().get(1).getResponse().getLocation().split("/")[1];
    run(
        Fixtures.doctor(),
        c -> documents.read(c, org.dmp.domain.document.EntryUuid.parse(document)));

    JsonObject insurer = report(TestPki.FEED, TODAY, TODAY);
    JsonObject institution = report(TestPki.HOSPITAL, TODAY, TODAY);
    StatisticsReport auditorAfter = asAuditor();

    assertThat(opened(insurer) - opened(insurerBefore)).isEqualTo(2);
    assertThat(fedBy(insurer, "10", "REST") - fedBy(insurerBefore, "10", "REST")).isEqualTo(1);
    // an institution and a feeding system see the counts, not each professional's activity
    assertThat(opened(institution) - opened(institutionBefore)).isEqualTo(2);
    assertThat(institution.containsKey("professionals")).isFalse();
    assertThat(insurer.containsKey("professionals")).isFalse();
    // an auditor does
    assertThat(doctorLine(auditorAfter, d -> d.fed()) - doctorLine(auditorBefore, d -> d.fed()))
        .isEqualTo(1);
    assertThat(
            doctorLine(auditorAfter, d -> d.consulted())
                - doctorLine(auditorBefore, d -> d.consulted()))
        .isEqualTo(1);
  }

  @Test
  void aBadPeriodIsA400NamingIt() throws Exception {
    HttpResponse<String> backwards = get(TestPki.FEED, "from=" + TODAY + "&to=2020-01-01");
    HttpResponse<String> tooLong = get(TestPki.FEED, "from=2020-01-01&to=2024-01-01");
    HttpResponse<String> notADate = get(TestPki.FEED, "from=hier&to=" + TODAY);

    for (HttpResponse<String> r : java.util.List.of(backwards, tooLong, notADate)) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r.body()).getString("code")).isEqualTo("STATISTICS_PERIOD");
      assertThat(json(r.body()).getJsonObject("message").getString("fr")).isNotBlank();
    }
  }

  private static long opened(JsonObject report) {
    return report.getJsonArray("recordsOpened").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("channel").equals("COUNTER"))
        .mapToLong(o -> o.getJsonNumber("count").longValue())
        .sum();
  }

  private static long fedBy(JsonObject report, String classCode, String channel) {
    return report.getJsonArray("documentsFed").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("classCode").equals(classCode))
        .filter(o -> o.getString("channel").equals(channel))
        .mapToLong(o -> o.getJsonNumber("count").longValue())
        .sum();
  }

  private StatisticsReport asAuditor() {
    LocalDate today = LocalDate.parse(TODAY);
    return As.call(Fixtures.AUDITOR, () -> statistics.report(new StatisticsPeriod(today, today)));
  }

  private static long doctorLine(
      StatisticsReport report, java.util.function.ToLongFunction<ProfessionalActivity> what) {
    return report.professionals().stream()
        .filter(p -> p.rpps().equals(Fixtures.DOCTOR_RPPS.value()))
        .mapToLong(what)
        .sum();
  }

  private static JsonObject report(String organisation, String from, String to) throws Exception {
    HttpResponse<String> response = get(organisation, "from=" + from + "&to=" + to);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private static HttpResponse<String> get(String organisation, String query) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(TestPki.organisation(organisation).sslContext())
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(TestServer.HTTPS + "/dmp/api/statistics?" + query))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
