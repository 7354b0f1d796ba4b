package org.dmp.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.dmp.application.audit.AuditAnchoring;
import org.dmp.domain.audit.verification.Anchor;
import org.dmp.domain.record.RecordId;
import org.dmp.infrastructure.audit.AuditSigning;
import org.dmp.infrastructure.audit.JdbcAnchorWriter;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Tampering;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The audit trail verified by an auditor ({@code GET /dmp/api/audit/verification}, it-auditor's
 * certificate) and by an operator ({@code ./dmp audit verify}) after each kind of tampering by SQL
 * on a record of the test's own: both name the same first broken link; the trail is repaired in
 * finally.
 */
class AuditTrailIT extends DmpIT {

  private static final String API = TestServer.HTTPS + "/dmp/api/audit/verification";

  @EJB AuditAnchoring anchoring;
  @EJB AuditSigning signing;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(AuditTrailIT.class);
  }

  @Test
  void anIntactRecordAndTrailVerifyAndTheVerificationIsAuditedOnTheServerChain() throws Exception {
    RecordId record = recordWithFiveEvents();
    Anchor anchor = anchoring.anchor();
    long recordEvents = eventsOf(record);

    JsonObject one = verify("?record=" + record);
    JsonObject whole = verify("");

    assertThat(anchor).as("the record's chain advanced: an anchor is written").isNotNull();
    // its digest is in the server's log, for the operators to ship off the host
    assertThat(Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log")))
        .contains(
            "Audit anchor " + anchor.seq() + " id=" + anchor.id(), "digest=" + anchor.digest());
    assertThat(one.getBoolean("intact")).isTrue();
    assertThat(one.getJsonNumber("events").longValue()).isEqualTo(recordEvents);
    assertThat(one.getJsonNumber("anchors").longValue()).isEqualTo(1);
    assertThat(one.containsKey("firstBroken")).isFalse();
    assertThat(whole.getBoolean("intact")).as(whole.toString()).isTrue();
    assertThat(whole.getJsonNumber("anchors").longValue()).isGreaterThanOrEqualTo(anchor.seq());
    assertThat(whole.getJsonNumber("chains").longValue()).isGreaterThan(1);
    // audited on the server's chain, never on the chain verified
    assertThat(eventsOf(record)).isEqualTo(recordEvents);
    assertThat(
            Sql.text(
                dataSource,
                "select action || ' ' || actor_id || ' ' || detail from audit_event"
                    + " where chain_id = 'dmp' and action = 'VERIFY_AUDIT_TRAIL'"
                    + " and detail like ? order by seq desc limit 1",
                "record " + record + "%"))
        .isEqualTo("VERIFY_AUDIT_TRAIL auditor-1 record " + record + ": intact");
    Command command = command(record.toString());
    assertThat(command.exit).as(command.output).isZero();
    assertThat(command.output).contains("audit chain of record " + record + " intact");
  }

  @Test
  void aChangedDetailIsTheAlteredEventForTheEndpointAndTheCommand() throws Exception {
    RecordId record = recordWithFiveEvents();
    Tampering tampering = new Tampering(dataSource);
    try {
      tampering.set("audit_event", "detail", "rien", "chain_id = ? and seq = 2", record.toString());

      assertBroken(verify("?record=" + record), record, 2, eventAt(record, 2), "ALTERED");
      assertBroken(verify(""), record, 2, eventAt(record, 2), "ALTERED");
      assertCommandNames(record, 2, eventAt(record, 2), "ALTERED");
    } finally {
      tampering.repair();
    }
    assertThat(verify("?record=" + record).getBoolean("intact")).isTrue();
  }

  @Test
  void aDeletedMiddleEventIsMissing() throws Exception {
    RecordId record = recordWithFiveEvents();
    UUID third = eventAt(record, 3);
    Tampering tampering = new Tampering(dataSource);
    try {
      tampering.delete("audit_event", "chain_id = ? and seq = 2", record.toString());

      assertBroken(verify("?record=" + record), record, 2, third, "MISSING");
      assertCommandNames(record, 2, third, "MISSING");
    } finally {
      tampering.repair();
    }
    assertThat(verify("?record=" + record).getBoolean("intact")).isTrue();
  }

  @Test
  void lastEventsDeletedWithTheHeadRewoundAreCaughtByTheAnchor() throws Exception {
    RecordId record = recordWithFiveEvents();
    anchoring.anchor();
    long last = eventsOf(record);
    String chain = record.toString();
    Tampering tampering = new Tampering(dataSource);
    try {
      String hashBefore =
          Sql.text(
              dataSource,
              "select hash from audit_event where chain_id = ? and seq = ?",
              chain,
              last - 2);
      tampering.delete("audit_event", "chain_id = ? and seq > ?", chain, last - 2);
      tampering.set("audit_chain_head", "hash", hashBefore, "chain_id = ?", chain);
      tampering.set("audit_chain_head", "seq", last - 2, "chain_id = ?", chain);
      // without the anchor, the chain alone looks sound
      JsonObject broken = verify("?record=" + record);

      assertBroken(broken, record, last, null, "TRUNCATED");
      assertCommandNames(record, last, null, "TRUNCATED");
    } finally {
      tampering.repair();
    }
    assertThat(verify("?record=" + record).getBoolean("intact")).isTrue();
  }

  @Test
  void reorderedEventsAreOutOfOrder() throws Exception {
    RecordId record = recordWithFiveEvents();
    UUID second = eventAt(record, 2);
    UUID third = eventAt(record, 3);
    Tampering tampering = new Tampering(dataSource);
    try {
      // swapped positions (through -1: the chain's positions are unique)
      tampering.set("audit_event", "seq", -1L, "id = ?", second);
      tampering.set("audit_event", "seq", 2L, "id = ?", third);
      tampering.set("audit_event", "seq", 3L, "id = ?", second);

      assertBroken(verify("?record=" + record), record, 2, third, "OUT_OF_ORDER");
      assertCommandNames(record, 2, third, "OUT_OF_ORDER");
    } finally {
      tampering.repair();
    }
    assertThat(verify("?record=" + record).getBoolean("intact")).isTrue();
  }

  @Test
  void aForgedAnchorSignatureIsNamed() throws Exception {
    RecordId record = recordWithFiveEvents();
    Anchor anchor = anchoring.anchor();
    Tampering tampering = new Tampering(dataSource);
    try {
      tampering.set(
          "audit_anchor",
          "signature",
          Base64.getEncoder().encodeToString(new byte[70]),
          "seq = ?",
          anchor.seq());

      JsonObject one = verify("?record=" + record);
      JsonObject link = one.getJsonObject("firstBroken");
      assertThat(one.getBoolean("intact")).isFalse();
      assertThat(link.getString("chain")).isEqualTo("anchors");
      assertThat(link.getJsonNumber("seq").longValue()).isEqualTo(anchor.seq());
      assertThat(link.getString("eventId")).isEqualTo(anchor.id().toString());
      assertThat(link.getString("problem")).isEqualTo("ANCHOR_FORGED");
      assertThat(link.getString("en")).contains("invalid signature");
      assertThat(verify("").getJsonObject("firstBroken").getString("problem"))
          .isEqualTo("ANCHOR_FORGED");
      Command command = command(record.toString());
      assertThat(command.exit).as(command.output).isEqualTo(1);
      assertThat(command.output)
          .contains(
              "chain anchors, seq " + anchor.seq() + ", event " + anchor.id() + ": ANCHOR_FORGED");
    } finally {
      tampering.repair();
    }
    assertThat(verify("?record=" + record).getBoolean("intact")).isTrue();
  }

  @Test
  void onlyAuditorsVerifyAndBadOrUnknownRecordsAreClearErrorsThatWriteNothing() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);

    HttpResponse<String> hospital = get(TestPki.organisation(TestPki.HOSPITAL).sslContext(), "");
    HttpResponse<String> noCertificate = get(TestPki.sslContextWithoutCertificate(), "");
    HttpResponse<String> badId = get(auditor(), "?record=pas-un-id");
    HttpResponse<String> unknown = get(auditor(), "?record=" + UUID.randomUUID());

    assertThat(hospital.statusCode()).isEqualTo(403);
    assertThat(noCertificate.statusCode()).isEqualTo(403);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(json(badId).getString("code")).isEqualTo("RECORD_ID");
    assertThat(json(badId).getJsonObject("message").getString("fr")).contains("pas-un-id");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).getString("code")).isEqualTo("RECORD_NOT_FOUND");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    Command command = command("pas-un-id");
    assertThat(command.exit).isEqualTo(2);
    assertThat(command.output).contains("not a record id");
  }

  @Test
  void twoServersAnchoringAtOnceWriteConsecutiveAnchorsThroughTheLockRow() throws Exception {
    RecordId record = recordWithFiveEvents();
    // two transactions on two connections, as two servers would run their timers
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<Anchor>> anchors = new ArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < 2; i++) {
        anchors.add(
            two.submit(
                () -> {
                  start.await();
                  try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    Anchor a = JdbcAnchorWriter.write(c, signing.keys(), Instant.now());
                    c.commit();
                    return a;
                  }
                }));
      }
      start.countDown();
      Anchor first = anchors.get(0).get(60, TimeUnit.SECONDS);
      Anchor second = anchors.get(1).get(60, TimeUnit.SECONDS);

      // one of them took the record's chain; the other found it anchored, or came after
      long anchoredIn =
          Sql.count(
              dataSource,
              "select count(*) from audit_anchor_entry where chain_id = ?",
              record.toString());
      assertThat(anchoredIn).isEqualTo(1);
      if (first != null && second != null) {
        assertThat(Math.abs(first.seq() - second.seq())).isEqualTo(1);
      }
      assertThat(first != null || second != null).isTrue();
      assertThat(verify("").getBoolean("intact")).isTrue();
    } finally {
      two.shutdownNow();
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A new record with at least five events on its chain (opening, consent, three documents). */
  private RecordId recordWithFiveEvents() {
    RecordId record = openRecordForDoctor();
    for (int i = 0; i < 3; i++) {
      feed(record, "Compte rendu " + i, ("%PDF-1.4 " + i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(eventsOf(record)).isGreaterThanOrEqualTo(5);
    return record;
  }

  private long eventsOf(RecordId record) {
    return Sql.count(
        dataSource, "select count(*) from audit_event where chain_id = ?", record.toString());
  }

  private UUID eventAt(RecordId record, long seq) {
    return UUID.fromString(
        Sql.text(
            dataSource,
            "select id::text from audit_event where chain_id = ? and seq = ?",
            record.toString(),
            seq));
  }

  private static void assertBroken(
      JsonObject report, RecordId record, long seq, UUID event, String problem) {
    assertThat(report.getBoolean("intact")).as(report.toString()).isFalse();
    JsonObject link = report.getJsonObject("firstBroken");
    assertThat(link.getString("chain")).as(report.toString()).isEqualTo(record.toString());
    assertThat(link.getJsonNumber("seq").longValue()).isEqualTo(seq);
    assertThat(link.getString("problem")).isEqualTo(problem);
    if (event == null) {
      assertThat(link.containsKey("eventId")).isFalse();
    } else {
      assertThat(link.getString("eventId")).isEqualTo(event.toString());
    }
    assertThat(link.getString("fr")).isNotBlank();
    assertThat(link.getString("en")).isNotBlank();
  }

  private static void assertCommandNames(RecordId record, long seq, UUID event, String problem)
      throws Exception {
    Command command = command(record.toString());
    assertThat(command.exit).as(command.output).isEqualTo(1);
    assertThat(command.output)
        .contains(
            "first broken link: chain "
                + record
                + ", seq "
                + seq
                + ", event "
                + (event == null ? "-" : event)
                + ": "
                + problem);
    Command whole = command(null);
    assertThat(whole.exit).as(whole.output).isEqualTo(1);
    assertThat(whole.output).contains("first broken link: chain " + record + ", seq " + seq);
  }

  private static JsonObject verify(String query) throws Exception {
    HttpResponse<String> response = get(auditor(), query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static SSLContext auditor() {
    return TestPki.organisation(TestPki.AUDITOR).sslContext();
  }

  private static HttpResponse<String> get(SSLContext tls, String query) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(tls)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(API + query)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private record Command(int exit, String output) {}

  /**
   * {@code ./dmp audit verify [record]} on the test database with the test keystore, as an operator
   * runs it (the server's JVM has their settings as system properties).
   */
  private static Command command(String record) throws Exception {
    Path root = Path.of(System.getProperty("dmp.test.root"));
    ProcessBuilder builder =
        record == null
            ? new ProcessBuilder("bash", root.resolve("dmp").toString(), "audit", "verify")
            : new ProcessBuilder("bash", root.resolve("dmp").toString(), "audit", "verify", record);
    builder.environment().put("DMP_DB_URL", System.getProperty("dmp.db.url"));
    builder.environment().put("DMP_DB_USER", System.getProperty("dmp.db.user"));
    builder.environment().put("DMP_DB_PASSWORD", System.getProperty("dmp.db.password"));
    builder.environment().put("DMP_KEYSTORE_PATH", System.getProperty("dmp.keystore.path"));
    builder.environment().put("DMP_KEYSTORE_PASSWORD", System.getProperty("dmp.keystore.password"));
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Command(process.exitValue(), output);
  }
}
