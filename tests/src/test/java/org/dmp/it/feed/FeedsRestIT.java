package org.dmp.it.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.feed.ReimbursementFiles.consultation;
import static org.dmp.it.support.feed.ReimbursementFiles.line;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The feed's REST endpoints over the wire, as the insurer's system calls them: upload, status URL,
 * rejections, errors as JSON in both languages, refused uploads writing nothing, the OpenAPI
 * description. Over HTTPS, each system authenticated by its TLS client certificate of the test PKI
 * (it-feed: the insurer's feed; it-hospital: an institution).
 */
class FeedsRestIT extends DmpIT {

  private static final String API = TestServer.HTTPS + "/dmp/api";
  private static final String NDJSON = "application/x-ndjson";

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FeedsRestIT.class);
  }

  @Test
  void anUploadAnswers202WithItsStatusUrlThatEndsDoneWithItsRejections() throws Exception {
    RecordId record = openRecordForDoctor();
    Nir nir = insOf(record).nir();
    String body =
        consultation(nir, LocalDate.now().minusDays(2), "26.50")
            + "\n"
            + line(nir.value(), "2026-01-01", "NGAP:G", null, "750000001", "-1")
            + "\n";

    HttpResponse<String> accepted = post(TestPki.FEED, NDJSON, body);

    assertThat(accepted.statusCode()).isEqualTo(202);
    String status = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(status).contains("/dmp/api/feeds/jobs/");
    JsonObject job = awaitEnd(status);
    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getJsonObject("lines").getInt("accepted")).isEqualTo(1);
    assertThat(job.getJsonObject("lines").getInt("rejected")).isEqualTo(1);
    assertThat(job.getJsonObject("patients").getInt("updated")).isEqualTo(1);
    JsonObject rejections = json(get(TestPki.FEED, job.getString("rejections")));
    JsonObject first = rejections.getJsonArray("rejections").getJsonObject(0);
    assertThat(first.getInt("line")).isEqualTo(2);
    assertThat(first.getString("code")).isEqualTo("AMOUNT");
    assertThat(first.getString("fr")).startsWith("Montant invalide");
    assertThat(first.getString("en")).startsWith("Invalid amount");
  }

  @Test
  void badUploadsAreRefusedWithAClearErrorAndWriteNothing() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);

    HttpResponse<String> empty = post(TestPki.FEED, NDJSON, "");
    HttpResponse<String> notNdjson = post(TestPki.FEED, NDJSON, "a;b;c\n1;2;3\n");
    HttpResponse<String> wrongType = post(TestPki.FEED, "text/csv", "a;b;c\n");
    Integer tooLarge = statusOrClosed(() -> post(TestPki.FEED, NDJSON, oversized()));

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty).getString("code")).isEqualTo("FEED_EMPTY");
    assertThat(json(empty).getJsonObject("message").getString("fr")).contains("vide");
    assertThat(json(empty).getJsonObject("message").getString("en")).contains("empty");
    assertThat(notNdjson.statusCode()).isEqualTo(400);
    assertThat(json(notNdjson).getString("code")).isEqualTo("FEED_NOT_NDJSON");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(tooLarge).as("413, or the connection closed at the limit").isIn(413, null);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void anInstitutionIsNotAFeedingSystemAndAnUnknownJobIs404() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);
    HttpResponse<String> byHospital =
        post(TestPki.HOSPITAL, NDJSON, consultation(Fixtures.newIns().nir(), LocalDate.now(), "1"));
    assertThat(byHospital.statusCode()).isEqualTo(403);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);

    HttpResponse<String> unknown =
        get(TestPki.FEED, API + "/feeds/jobs/00000000-0000-0000-0000-000000000000");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).getString("code")).isEqualTo("FEED_JOB_NOT_FOUND");
    HttpResponse<String> notAnId = get(TestPki.FEED, API + "/feeds/jobs/pas-un-id");
    assertThat(notAnId.statusCode()).isEqualTo(400);
  }

  @Test
  void theOpenApiDescriptionListsTheBulkJobEndpoints() throws Exception {
    HttpResponse<String> openApi = get(TestPki.FEED, API + "/feeds/openapi.yaml");

    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .startsWith("openapi: 3.0")
        .contains(
            "/feeds/reimbursements:",
            "/feeds/jobs/{id}:",
            "/feeds/jobs/{id}/rejections:",
            "application/x-ndjson");
  }

  // --- helpers -------------------------------------------------------------------------------

  private JsonObject awaitEnd(String status) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonObject job = json(get(TestPki.FEED, status));
      if (!job.getString("state").equals("RUNNING") && stagingDropped(job.getString("id"))) {
        return job;
      }
      assertThat(Instant.now()).as("job still running").isBefore(deadline);
      Thread.sleep(20); // a poll interval
    }
  }

  /** The job's staged lines, dropped just after its end, are gone (the next test starts clean). */
  private boolean stagingDropped(String job) {
    return DatabaseState.Sql.count(
            dataSource,
            "select (select count(*) from reimbursement_staging where job_id = ?)"
                + " + (select count(*) from feed_job_patient where job_id = ?)",
            java.util.UUID.fromString(job),
            java.util.UUID.fromString(job))
        == 0;
  }

  /** More than the test server's request limit (4 MiB, tests/pom.xml) of valid-looking lines. */
  private static String oversized() {
    String one = consultation(Fixtures.newIns().nir(), LocalDate.now(), "1") + "\n";
    return one.repeat((5 << 20) / one.length());
  }

  private static HttpResponse<String> post(String organisation, String type, String body)
      throws Exception {
    return send(
        organisation,
        HttpRequest.newBuilder(URI.create(API + "/feeds/reimbursements"))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> get(String organisation, String url) throws Exception {
    return send(organisation, HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** Sent over HTTPS with the organisation's certificate (its CN is its account). */
  private static HttpResponse<String> send(String organisation, HttpRequest.Builder request)
      throws Exception {
    return HttpClient.newBuilder()
        .sslContext(TestPki.organisation(organisation).sslContext())
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private interface Exchange {
    HttpResponse<String> send() throws Exception;
  }

  /** The status, or null if the listener closed the connection once its limit was passed. */
  private static Integer statusOrClosed(Exchange exchange) throws Exception {
    try {
      return exchange.send().statusCode();
    } catch (java.io.IOException closed) {
      return null;
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
