package org.dmp.faults.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;

/**
 * Reimbursement imports as the insurer's system sends them (README "Bulk feeds"): NDJSON over HTTPS
 * with its certificate (the tests' {@code it-feed}, a FEED_SYSTEM account); a job's state read from
 * the database the fault tests watch.
 */
public final class FeedUploads {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().sslContext(TestPki.organisation(TestPki.FEED).sslContext()).build();

  private FeedUploads() {}

  /**
   * A job's state: RUNNING, DONE or FAILED (with its failure), and the patients it went through.
   */
  public record Job(UUID id, String state, String failure, long patientsDone) {}

  /** Uploads the lines; the job's id (from the 202's status URL). */
  public static UUID upload(String ndjson) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TestServer.HTTPS + "/dmp/api/feeds/reimbursements"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new AssertionError("upload answered " + r.statusCode() + ": " + r.body());
    }
    String status = r.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(status.substring(status.lastIndexOf('/') + 1));
  }

  /** The job as the database holds it. */
  public static Job job(DataSource dataSource, UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select state, failure, patients_updated + patients_unchanged"
                    + " + patients_without_record + patients_record_closed from feed_job where id = ?")) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no job " + id);
        }
        return new Job(id, r.getString(1), r.getString(2), r.getLong(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
