package org.dmp.it.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.dmp.application.record.FirstLogin;
import org.dmp.application.retention.Retention;
import org.dmp.application.retention.RetentionRun;
import org.dmp.application.retention.RetentionSchedule;
import org.dmp.domain.account.Contact;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.content.ContentIntegrityException;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.retention.Sweep;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.ServerManagement;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Closed records are purged ten years after their closure, and nothing else is: the server's clock
 * is moved through its management interface (dmp.clock.offset), as an operator rehearsing would,
 * and always put back.
 */
class RetentionIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(RetentionIT.class);
  }

  /** Tables that keep what names a purged record on purpose (see README, Retention and purge). */
  private static final List<String> KEPT =
      List.of("audit_event", "audit_chain_head", "insured_person", "flyway_schema_history");

  @EJB Retention retention;
  @EJB org.dmp.application.consent.RecordSettings recordSettings;
  @EJB org.dmp.application.information.PatientInformation information;
  @Inject ContentStore contentStore;
  @Resource ManagedExecutorService executor;

  @Test
  void aClosedRecordIsKeptUntilItsDateThenPurgedKeyFirstWithNothingLeftButItsAuditTrail() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    As.run(Fixtures.SOFTWARE, () -> consents.recordOralConsent(Fixtures.doctor(), id, null));
    feed(id, "Compte rendu 1", Fixtures.contentWith(Fixtures.marker()));
    var second = feed(id, "Compte rendu 2", Fixtures.contentWith(Fixtures.marker()));
    FirstLogin representative =
        As.call(
            Fixtures.AGENT,
            () ->
                recordSettings.addRepresentativeWithAccount(
                    Fixtures.counterAgent(),
                    id,
                    "Jeanne MARTIN",
                    new Contact("jeanne.martin@example.org", null)));
    As.run(
        Fixtures.AGENT,
        () ->
            information.addEmergencyContact(
                Fixtures.counterAgent(), id, "Paul MARTIN", "frère", "+33612345678"));
    // another patient's record, open, must not change; one closed later must stay
    RecordId other = openRecordForDoctor();
    feed(other, "Compte rendu", Fixtures.contentWith(Fixtures.marker()));
    RecordId closedLater = openRecord();
    close(id);
    Instant due = purgeDueAt(id);
    Map<String, String> otherBefore = rowsOf(other);
    String contentId =
        Sql.text(dataSource, "select content_id from document_entry where id = ?", uuidOf(second));
    List<String> logins = List.of(Fixtures.patientLogin(ins), representative.login());
    // what other paths leave about the patient: a code sent, a failed online opening, a
    // reimbursed act, an emergency access's notification
    insertCode(Fixtures.patientLogin(ins), Instant.now(), Instant.now().plusSeconds(600));
    insertFailure(ins.value(), Instant.now());
    Sql.update(
        dataSource,
        "insert into reimbursement_line (nir, care_date, code, provider, amount_cents)"
            + " values (?, current_date, 'C', '750000001', 2650)",
        ins.value());
    Sql.update(
        dataSource,
        "insert into notification (id, record_id, recipient_kind, recipient_id, kind,"
            + " accessed_by, reason, created_at) values (?, ?, 'PATIENT', ?, 'BREAK_GLASS',"
            + " 'PROFESSIONAL:1', 'urgence', now())",
        UUID.randomUUID(),
        id.value(),
        ins.value());

    assertThat(rowsNaming(id, ins, logins))
        .containsKeys(
            "record",
            "record_key",
            "document_content",
            "document_entry",
            "professional_access",
            "legal_representative",
            "emergency_contact",
            "account",
            "account_role",
            "one_time_code",
            "opening_failure",
            "reimbursement_line",
            "notification");

    try {
      ServerManagement.shiftClock(Duration.between(Instant.now(), due).minusDays(1));
      retention.run();
      assertThat(statusOf(ins)).as("the day before its date").isEqualTo(RecordStatus.CLOSED);
      assertThat(rowsNaming(id, ins, logins)).containsKeys("record", "record_key");

      ServerManagement.shiftClock(Duration.between(Instant.now(), due).plusDays(1));
      close(closedLater); // closed "today", ten years on: due ten years later still
      RetentionRun run = retention.run();
      assertThat(run.purged()).isGreaterThanOrEqualTo(1);
      assertThat(run.failed()).isZero();
    } finally {
      ServerManagement.resetClock();
    }

    assertThat(rowsNaming(id, ins, logins))
        .as("rows naming the record, its patient or their accounts, in any table")
        .isEmpty();
    ContentIntegrityException unreadable =
        catchThrowableOfType(
            ContentIntegrityException.class,
            () ->
                contentStore.read(id, new ContentRef(UUID.fromString(contentId)), "00".repeat(32)));
    assertThat(unreadable).as("the content is gone with its key").isNotNull();
    assertThat(rowsOf(other)).as("another patient's record").isEqualTo(otherBefore);
    assertThat(statusOf(insOf(closedLater)))
        .as("a record closed ten years later stays until its own date")
        .isEqualTo(RecordStatus.CLOSED);
    RecordNotFoundException notFound =
        catchThrowableOfType(RecordNotFoundException.class, () -> statusOf(ins));
    assertThat(notFound).as("the counter finds no record for the NIR").isNotNull();
    assertThat(
            catchThrowableOfType(
                RecordNotFoundException.class,
                () -> As.call(Fixtures.SOFTWARE, () -> records.idOf(Fixtures.doctor(), ins))))
        .as("nor does a professional")
        .isNotNull();

    List<AuditEvent> chain = audit.ofRecord(id);
    AuditEvent last = chain.get(chain.size() - 1);
    assertThat(last.action()).isEqualTo(AuditAction.PURGE);
    assertThat(last.actorKind()).isEqualTo(ActorKind.SYSTEM);
    assertThat(last.rule()).isEqualTo("RETENTION");
    assertThat(last.detail()).contains("2 entrée(s) de document").doesNotContain("Compte rendu");
    assertThat(chain).filteredOn(e -> e.action() == AuditAction.PURGE).hasSize(1);
    assertChainHolds(chain);
  }

  @Test
  void aReactivatedRecordAndAnOpenOneAreNeverPurged() {
    RecordId reactivated = openRecord();
    feed(reactivated, "Compte rendu", Fixtures.contentWith(Fixtures.marker()));
    close(reactivated);
    Instant due = purgeDueAt(reactivated);
    As.run(Fixtures.AGENT, () -> records.reactivate(Fixtures.counterAgent(), reactivated));
    RecordId open = openRecord();
    feed(open, "Compte rendu", Fixtures.contentWith(Fixtures.marker()));
    Map<String, String> before = rowsOf(reactivated, open);

    try {
      ServerManagement.shiftClock(Duration.between(Instant.now(), due).plusDays(400));
      retention.run();
    } finally {
      ServerManagement.resetClock();
    }

    assertThat(rowsOf(reactivated, open)).isEqualTo(before);
    assertThat(audit.ofRecord(reactivated)).noneMatch(e -> e.action() == AuditAction.PURGE);
    assertThat(audit.ofRecord(open)).noneMatch(e -> e.action() == AuditAction.PURGE);
  }

  @Test
  void twoRunsAtOnceLikeTwoServersPurgeEachRecordExactlyOnce() throws Exception {
    List<RecordId> closed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      RecordId id = openRecord();
      feed(id, "Compte rendu", Fixtures.contentWith(Fixtures.marker()));
      close(id);
      closed.add(id);
    }
    Instant due = purgeDueAt(closed.get(closed.size() - 1));
    long purgeEventsBefore = purgeEvents();

    List<RetentionRun> runs = new ArrayList<>();
    try {
      ServerManagement.shiftClock(Duration.between(Instant.now(), due).plusDays(1));
      Future<RetentionRun> first = executor.submit(retention::run);
      Future<RetentionRun> second = executor.submit(retention::run);
      runs.add(first.get());
      runs.add(second.get());
    } finally {
      ServerManagement.resetClock();
    }

    for (RecordId id : closed) {
      assertThat(audit.ofRecord(id))
          .as("purge events of " + id)
          .filteredOn(e -> e.action() == AuditAction.PURGE)
          .hasSize(1);
      assertThat(Sql.count(dataSource, "select count(*) from record where id = ?", id.value()))
          .isZero();
    }
    assertThat(runs).allMatch(run -> run.failed() == 0);
    assertThat(runs.stream().mapToLong(RetentionRun::purged).sum())
        .as("records purged by the two runs together: one event each, none twice")
        .isEqualTo(purgeEvents() - purgeEventsBefore)
        .isGreaterThanOrEqualTo(closed.size());
  }

  @Test
  void housekeepingSweepsWhatNoRuleReadsAnyMoreAndKeepsTheRest() {
    Instant now = Instant.now();
    String subject = "sweep-" + UUID.randomUUID();
    insertCode(subject, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
    insertCode(subject, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(5)));
    insertCode(subject, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)));
    String nir = Fixtures.newIns().value();
    insertFailure(nir, now.minus(Duration.ofDays(2)));
    insertFailure(nir, now.minus(Duration.ofMinutes(10)));
    String recipient = subject + "@example.org";
    insertOutbox(recipient, now.minus(Duration.ofDays(8)));
    insertOutbox(recipient, now.minus(Duration.ofDays(6)));
    UUID oldJob = insertJobWithRejection(now.minus(Duration.ofDays(91)));
    UUID recentJob = insertJobWithRejection(now.minus(Duration.ofDays(89)));

    RetentionRun run = retention.run();

    assertThat(run.swept().get(Sweep.EXPIRED_ONE_TIME_CODES)).isGreaterThanOrEqualTo(1);
    assertThat(
            Sql.count(dataSource, "select count(*) from one_time_code where subject = ?", subject))
        .as("the fresh code and the one expired two hours ago stay (rate limits read them)")
        .isEqualTo(2);
    assertThat(Sql.count(dataSource, "select count(*) from opening_failure where nir = ?", nir))
        .as("the failure of ten minutes ago stays (the opening lock reads it)")
        .isEqualTo(1);
    assertThat(
            Sql.count(dataSource, "select count(*) from dev_outbox where recipient = ?", recipient))
        .as("the message of six days ago stays")
        .isEqualTo(1);
    assertThat(
            Sql.count(dataSource, "select count(*) from feed_rejection where job_id = ?", oldJob))
        .as("rejected lines of a job ended 91 days ago")
        .isZero();
    assertThat(
            Sql.count(
                dataSource, "select count(*) from feed_rejection where job_id = ?", recentJob))
        .isEqualTo(1);
    assertThat(Sql.count(dataSource, "select count(*) from feed_job where id = ?", oldJob))
        .as("the job itself and its counts stay")
        .isEqualTo(1);
  }

  @Test
  void theNightlyTimerIsScheduledAndNotPersistent() {
    ModelNode read =
        Operations.createReadResourceOperation(
            Operations.createAddress(
                "deployment",
                "dmp.ear",
                "subdeployment",
                "dmp-ejb.jar",
                "subsystem",
                "ejb3",
                "singleton-bean",
                "RetentionSchedule",
                "service",
                "timer-service"),
            true);
    read.get("include-runtime").set(true);
    ModelNode timers = ServerManagement.execute(read).get("timer");

    assertThat(timers.keys()).as("the bean's timers").hasSize(1);
    ModelNode timer = timers.get(timers.keys().iterator().next());
    assertThat(timer.get("info").asString()).contains(RetentionSchedule.TIMER);
    assertThat(timer.get("persistent").asBoolean()).as("each server its own timer").isFalse();
    assertThat(timer.get("schedule", "hour").asString()).isEqualTo("3");
    assertThat(timer.get("schedule", "timezone").asString()).isEqualTo("Europe/Paris");
    assertThat(timer.get("time-remaining").asLong())
        .as("the next run is within a day")
        .isBetween(0L, Duration.ofHours(25).toMillis());
  }

  private void close(RecordId id) {
    As.run(
        Fixtures.AGENT,
        () -> records.close(Fixtures.counterAgent(), id, ClosureReason.PATIENT_REQUEST, null));
  }

  private RecordStatus statusOf(Ins ins) {
    return As.call(Fixtures.AGENT, () -> records.find(Fixtures.counterAgent(), ins)).status();
  }

  private Instant purgeDueAt(RecordId id) {
    return Instant.parse(
        Sql.text(
                dataSource,
                "select to_char(purge_due_at at time zone 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from record where id = ?",
                id.value())
            .strip());
  }

  private long purgeEvents() {
    return Sql.count(dataSource, "select count(*) from audit_event where action = 'PURGE'");
  }

  /** Every hash of the chain covers its event and the one before (the verifier's rule). */
  private static void assertChainHolds(List<AuditEvent> chain) {
    String previous = AuditEvent.GENESIS;
    for (AuditEvent event : chain) {
      assertThat(event.follows(previous)).as("event " + event.seq() + " follows").isTrue();
      previous = event.hash();
    }
  }

  private static UUID uuidOf(org.dmp.application.document.DocumentView document) {
    return document.entryUuid().value();
  }

  /**
   * Per table, the rows (as text) that name the record, the patient's NIR or one of the logins, in
   * any column: what a purge must leave empty, but for the tables {@link #KEPT} on purpose.
   */
  private Map<String, Long> rowsNaming(RecordId id, Ins ins, List<String> logins) {
    Map<String, Long> found = new LinkedHashMap<>();
    List<String> values = new ArrayList<>(logins);
    values.add(id.value().toString());
    values.add(ins.value());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select table_name, string_agg(column_name, ',') from information_schema.columns"
                    + " where table_schema = current_schema() and data_type in ('uuid',"
                    + " 'character', 'character varying', 'text') group by table_name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String table = r.getString(1);
        if (KEPT.contains(table)) {
          continue;
        }
        String where =
            String.join(
                " or ",
                java.util.Arrays.stream(r.getString(2).split(","))
                    .map(column -> "trim(" + column + "::text) = any(?)")
                    .toList());
        try (PreparedStatement count =
            c.prepareStatement("select count(*) from " + table + " where " + where)) {
          java.sql.Array array = c.createArrayOf("text", values.toArray());
          for (int i = 1; i <= r.getString(2).split(",").length; i++) {
            count.setArray(i, array);
          }
          try (ResultSet n = count.executeQuery()) {
            n.next();
            if (n.getLong(1) > 0) {
              found.put(table, n.getLong(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** A digest of every row of every table that names one of these records. */
  private Map<String, String> rowsOf(RecordId... ids) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (RecordId id : ids) {
      for (String table :
          List.of(
              "record",
              "record_key",
              "document_content",
              "document_entry",
              "submission_set",
              "professional_access")) {
        String column = table.equals("record") ? "id" : "record_id";
        rows.put(
            table + " " + id,
            Sql.text(
                dataSource,
                "select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from "
                    + table
                    + " t where "
                    + column
                    + " = ?",
                id.value()));
      }
    }
    return rows;
  }

  private void insertCode(String subject, Instant created, Instant expires) {
    Sql.update(
        dataSource,
        "insert into one_time_code (id, purpose, subject, code_digest, created_at, expires_at)"
            + " values (?, 'LOGIN', ?, ?, ?, ?)",
        UUID.randomUUID(),
        subject,
        "0".repeat(64),
        Timestamp.from(created),
        Timestamp.from(expires));
  }

  private void insertOutbox(String recipient, Instant at) {
    Sql.update(
        dataSource,
        "insert into dev_outbox (id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        recipient,
        "Votre code",
        "123456",
        Timestamp.from(at));
  }

  /** A finished import job with one rejected line; its id. */
  private UUID insertJobWithRejection(Instant finished) {
    UUID job = UUID.randomUUID();
    Sql.update(
        dataSource,
        "insert into feed_job (id, submitter, actor_id, actor_name, state, submitted_at,"
            + " finished_at, lines_read, lines_rejected) values (?, ?, ?, ?, 'DONE', ?, ?, 1, 1)",
        job,
        Fixtures.FEED,
        "cnam-feed",
        "CNAM",
        Timestamp.from(finished.minus(Duration.ofMinutes(5))),
        Timestamp.from(finished));
    Sql.update(
        dataSource,
        "insert into feed_rejection (job_id, line_number, code, reason_fr, reason_en)"
            + " values (?, 1, 'NIR_KEY', 'clé du NIR', 'NIR key')",
        job);
    return job;
  }

  private void insertFailure(String nir, Instant at) {
    Sql.update(
        dataSource,
        "insert into opening_failure (id, nir, reason, failed_at) values (?, ?, 'CODE', ?)",
        UUID.randomUUID(),
        nir,
        Timestamp.from(at));
  }
}
