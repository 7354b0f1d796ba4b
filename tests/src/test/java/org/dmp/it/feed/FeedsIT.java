package org.dmp.it.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmp.it.support.feed.ReimbursementFiles.consultation;
import static org.dmp.it.support.feed.ReimbursementFiles.drug;
import static org.dmp.it.support.feed.ReimbursementFiles.file;
import static org.dmp.it.support.feed.ReimbursementFiles.line;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dmp.application.document.DocumentView;
import org.dmp.application.feed.FeedRecovery;
import org.dmp.application.feed.ReimbursementFeeds;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobNotFoundException;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.feed.LineRejection;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The insurer's reimbursement feed through its application service, as the feeding system's
 * account: a file with bad lines, patients without a record, the documents it makes and who reads
 * them, re-imports, newer lines, lines out of the window, refused uploads and callers, and a job a
 * stopped server left running.
 */
class FeedsIT extends DmpIT {

  private static final LocalDate TODAY = LocalDate.now();

  @EJB ReimbursementFeeds feeds;
  @EJB FeedRecovery recovery;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FeedsIT.class);
  }

  @Test
  void aFileWithBadLinesIsAppliedAndEachRejectionSaysItsLineAndWhy() {
    RecordId record = openRecordForDoctor();
    Nir nir = insOf(record).nir();
    Nir noRecord = Fixtures.newIns().nir();
    String wrongKey =
        nir.withoutKey() + String.format("%02d", (Nir.keyOf(nir.withoutKey()) % 97) + 1);

    FeedJob job =
        run(
            consultation(nir, TODAY.minusDays(10), "26.50"),
            line(wrongKey, "2026-01-01", "NGAP:G", null, "750000001", "10"),
            "",
            drug(nir, TODAY.minusMonths(3), "12.30"),
            "pas du JSON",
            line(nir.value(), "31/12/2025", "NGAP:G", null, "750000001", "10"),
            line(nir.value(), TODAY.plusDays(2).toString(), "NGAP:G", null, "750000001", "10"),
            line(nir.value(), "2026-01-01", "ZZZ:1", null, "750000001", "10"),
            line(nir.value(), "2026-01-01", "NGAP:G", null, "750000001", "0"),
            "{\"ins\":\"" + nir.value() + "\",\"date\":\"2026-01-01\",\"code\":\"NGAP:G\"}",
            "{\"ins\":" + 12 + "}",
            consultation(noRecord, TODAY.minusDays(3), "26.50"),
            consultation(nir, TODAY.minusMonths(30), "99.99"));

    assertThat(job.state()).isEqualTo(JobState.DONE);
    assertThat(job.progress().linesRead()).isEqualTo(12);
    assertThat(job.progress().linesAccepted()).isEqualTo(3);
    assertThat(job.progress().linesOutOfWindow()).isEqualTo(1);
    assertThat(job.progress().linesRejected()).isEqualTo(8);
    assertThat(job.progress().patients()).isEqualTo(2);
    assertThat(job.progress().patientsUpdated()).isEqualTo(1);
    assertThat(job.progress().patientsWithoutRecord()).isEqualTo(1);

    List<LineRejection> rejected = rejections(job.id());
    assertThat(rejected)
        .extracting(LineRejection::lineNumber, LineRejection::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "NIR_KEY"),
            org.assertj.core.groups.Tuple.tuple(5L, "NOT_JSON"),
            org.assertj.core.groups.Tuple.tuple(6L, "CARE_DATE"),
            org.assertj.core.groups.Tuple.tuple(7L, "CARE_DATE_FUTURE"),
            org.assertj.core.groups.Tuple.tuple(8L, "CARE_CODE"),
            org.assertj.core.groups.Tuple.tuple(9L, "AMOUNT"),
            org.assertj.core.groups.Tuple.tuple(10L, "MISSING_VALUE"),
            org.assertj.core.groups.Tuple.tuple(11L, "FIELD_TYPE"));
    assertThat(rejected.get(0).french()).startsWith("Clé du NIR incorrecte");
    assertThat(rejected.get(0).english()).startsWith("Wrong NIR key");
  }

  @Test
  void thePatientsDocumentIsReadByThePatientAndTheirDoctorAndLeavesOldLinesOut() {
    RecordId record = openRecordForDoctor();
    Ins ins = insOf(record);
    run(
        consultation(ins.nir(), TODAY.minusDays(10), "26.50"),
        drug(ins.nir(), TODAY.minusMonths(23), "12.30"),
        consultation(ins.nir(), TODAY.minusMonths(25), "77.77"));

    DocumentView doc = reimbursementDocument(record);
    assertThat(doc.author().id()).isEqualTo("cnam-feed");
    assertThat(doc.mimeType()).isEqualTo("text/plain");
    String byPatient = content(Fixtures.patient(ins), doc);
    String byDoctor = content(Fixtures.doctor(), doc);
    assertThat(byDoctor).isEqualTo(byPatient);
    assertThat(byPatient)
        .contains("DONNÉES DE REMBOURSEMENT", ins.nir().value(), "26,50 €", "12,30 €")
        .contains("2 ligne(s), total remboursé : 38,80 €")
        .doesNotContain("77,77");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    RecordId record = openRecordForDoctor();
    Nir nir = insOf(record).nir();
    String[] lines = {
      consultation(nir, TODAY.minusDays(10), "26.50"), drug(nir, TODAY.minusDays(9), "12.30")
    };
    run(lines);
    DatabaseState before = DatabaseState.of(dataSource);

    FeedJob again = run(lines);

    assertThat(again.progress().patientsUnchanged()).isEqualTo(1);
    assertThat(again.progress().patientsUpdated()).isZero();
    assertThat(withoutJobs(DatabaseState.of(dataSource)))
        .as("nothing but the new job's own row changed")
        .isEqualTo(withoutJobs(before));
  }

  @Test
  void newerLinesReplaceTheDocumentAndOneStaysCurrent() {
    RecordId record = openRecordForDoctor();
    Ins ins = insOf(record);
    run(consultation(ins.nir(), TODAY.minusDays(10), "26.50"));
    DocumentView first = reimbursementDocument(record);

    FeedJob second = run(drug(ins.nir(), TODAY.minusDays(1), "5.00"));

    assertThat(second.progress().patientsUpdated()).isEqualTo(1);
    DocumentView current = reimbursementDocument(record);
    assertThat(current.entryUuid()).isNotEqualTo(first.entryUuid());
    assertThat(current.replaces()).isEqualTo(first.entryUuid());
    assertThat(content(Fixtures.patient(ins), current))
        .contains("26,50 €", "5,00 €")
        .contains("2 ligne(s)");
    assertThat(listed(Fixtures.patient(ins), record))
        .filteredOn(d -> d.entryUuid().equals(first.entryUuid()))
        .extracting(DocumentView::status)
        .containsExactly(AvailabilityStatus.DEPRECATED);
  }

  @Test
  void aDocumentThePatientHidFromProfessionalsStaysHiddenWhenReplaced() {
    RecordId record = openRecordForDoctor();
    Ins ins = insOf(record);
    run(consultation(ins.nir(), TODAY.minusDays(10), "26.50"));
    DocumentView first = reimbursementDocument(record);
    call(
        Fixtures.patient(ins),
        c ->
            documents.changeVisibility(
                c, first.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));

    run(drug(ins.nir(), TODAY.minusDays(1), "5.00"));

    DocumentView current = reimbursementDocument(record);
    assertThat(current.entryUuid()).isNotEqualTo(first.entryUuid());
    assertThat(current.confidentiality()).contains(ConfidentialityCode.MASQUE_PS);
  }

  @Test
  void everyRejectedLineIsCountedAndTheFirstTenThousandKeptWithTheirReason() {
    String[] lines = new String[10_005];
    // a first line that is an object, then lines that are not JSON
    lines[0] = "{}";
    java.util.Arrays.fill(lines, 1, lines.length, "pas du JSON");

    FeedJob job = run(lines);

    assertThat(job.progress().linesRejected()).isEqualTo(10_005);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from feed_rejection where job_id = ?",
                job.id().value()))
        .isEqualTo(10_000);
  }

  @Test
  void aClosedRecordIsSkippedAndCounted() {
    RecordId record = openRecord();
    Nir nir = insOf(record).nir();
    As.run(
        Fixtures.AGENT,
        () ->
            records.close(
                Fixtures.counterAgent(),
                record,
                org.dmp.domain.record.ClosureReason.values()[0],
                "test"));

    FeedJob job = run(consultation(nir, TODAY.minusDays(1), "26.50"));

    assertThat(job.progress().patientsRecordClosed()).isEqualTo(1);
    assertThat(job.progress().patientsUpdated()).isZero();
  }

  @Test
  void anEmptyOrNonNdjsonUploadIsRefusedAndLeavesNothing() {
    assertThat(refusedUpload(file()).code()).isEqualTo("FEED_EMPTY");
    assertThat(refusedUpload(file("", "  ")).code()).isEqualTo("FEED_EMPTY");
    DmpException notNdjson =
        refusedUpload(
            new java.io.ByteArrayInputStream(
                "<xml>pas du NDJSON</xml>\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(notNdjson.code()).isEqualTo("FEED_NOT_NDJSON");
    assertThat(notNdjson.getMessage()).contains("n'est pas du NDJSON", "is not NDJSON");
  }

  @Test
  void onlyAFeedingSystemImportsAndSeesItsJobs() {
    DatabaseState before = DatabaseState.of(dataSource);
    Throwable byDoctor =
        catchThrowable(
            () ->
                As.call(
                    Fixtures.SOFTWARE,
                    () ->
                        feeds.submit(
                            Fixtures.doctor(), file(line("x", "", "", null, "", "")), null)));
    assertThat(byDoctor).isInstanceOf(EJBAccessException.class);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);

    FeedJobNotFoundException unknown =
        catchThrowableOfType(
            FeedJobNotFoundException.class,
            () ->
                As.call(
                    Fixtures.FEED,
                    () -> feeds.status(Fixtures.feedSystem(), new FeedJobId(UUID.randomUUID()))));
    assertThat(unknown.code()).isEqualTo("FEED_JOB_NOT_FOUND");
  }

  @Test
  void aJobAStoppedServerLeftRunningIsResumedAfterItsLastCommittedBatch() {
    RecordId done = openRecordForDoctor();
    RecordId pending = openRecordForDoctor();
    Nir first = insOf(done).nir();
    Nir second = insOf(pending).nir();
    if (first.value().compareTo(second.value()) > 0) {
      Nir swap = first;
      first = second;
      second = swap;
    }
    // what a server stopped after committing the first patient's batch leaves behind
    UUID job = leftRunning(Fixtures.FEED, first, first, second);

    assertThat(recovery.resume()).contains(new FeedJobId(job));
    FeedJob resumed = awaitEnd(new FeedJobId(job));

    assertThat(resumed.state()).isEqualTo(JobState.DONE);
    assertThat(resumed.progress().patientsUpdated()).isEqualTo(1);
    assertThat(documentCount(first)).as("the patient done before the stop").isZero();
    assertThat(documentCount(second)).as("the patient after it").isEqualTo(1);
    // the staged lines are dropped after the job's end, in their own transaction
    awaitStagingDropped(job);
  }

  @Test
  void aResumedJobWhoseSubmitterCanNoLongerLogInEndsFailedWithItsReason() {
    RecordId record = openRecordForDoctor();
    Nir nir = insOf(record).nir();
    UUID job = leftRunning("account-removed-meanwhile", null, nir);

    recovery.resume();
    FeedJob failed = awaitEnd(new FeedJobId(job));

    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.failure())
        .contains("ACCOUNT_UNAVAILABLE", "ne peut plus se connecter", "may no longer log in");
    assertThat(documentCount(nir)).isZero();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Submits the lines as the feeding system and waits for the job's end (staging dropped). */
  private FeedJob run(String... lines) {
    FeedJob job =
        As.call(Fixtures.FEED, () -> feeds.submit(Fixtures.feedSystem(), file(lines), null));
    FeedJob ended = awaitEnd(job.id());
    awaitStagingDropped(job.id().value());
    return ended;
  }

  /** Polls the job's status until it has ended, for 60 s at most. */
  private FeedJob awaitEnd(FeedJobId id) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      FeedJob job = As.call(Fixtures.FEED, () -> feeds.status(Fixtures.feedSystem(), id));
      if (job.state() != JobState.RUNNING) {
        return job;
      }
      assertThat(Instant.now()).as("job " + id + " still running").isBefore(deadline);
      Thread.onSpinWait();
      try {
        Thread.sleep(20); // a poll interval, not a wait for something to have happened
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The job's staged lines are dropped just after its end: polled, for 60 s at most. */
  private void awaitStagingDropped(UUID job) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Sql.count(
            dataSource,
            "select (select count(*) from reimbursement_staging where job_id = ?)"
                + " + (select count(*) from feed_job_patient where job_id = ?)",
            job,
            job)
        > 0) {
      assertThat(Instant.now()).as("staged lines still there").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private List<LineRejection> rejections(FeedJobId id) {
    return As.call(Fixtures.FEED, () -> feeds.rejections(Fixtures.feedSystem(), id, 0, 100));
  }

  private DmpException refusedUpload(InputStream in) {
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException refused =
        catchThrowableOfType(
            DmpException.class,
            () -> As.call(Fixtures.FEED, () -> feeds.submit(Fixtures.feedSystem(), in, null)));
    assertThat(refused).isNotNull();
    assertThat(DatabaseState.of(dataSource))
        .as("a refused upload writes nothing")
        .isEqualTo(before);
    return refused;
  }

  /** The record's one current reimbursement document, as the patient sees it. */
  private DocumentView reimbursementDocument(RecordId record) {
    List<DocumentView> current =
        listed(Fixtures.patient(insOf(record)), record).stream()
            .filter(d -> d.classCode() == ClassCode.REIMBURSEMENT_DATA)
            .filter(d -> d.status() == AvailabilityStatus.APPROVED)
            .toList();
    assertThat(current).hasSize(1);
    return current.get(0);
  }

  private String content(org.dmp.domain.actor.Caller caller, DocumentView doc) {
    return new String(
        call(caller, c -> documents.read(c, doc.entryUuid())).content(), StandardCharsets.UTF_8);
  }

  private long documentCount(Nir nir) {
    return Sql.count(
        dataSource,
        "select count(*) from document_entry d join record r on r.id = d.record_id"
            + " where r.ins_nir = ? and d.class_code = '60'",
        nir.value());
  }

  /**
   * A RUNNING job as a stopped server leaves it: staged lines for {@code patients} (one each), the
   * last committed patient {@code last} (null: none yet).
   */
  private UUID leftRunning(String submitter, Nir last, Nir... patients) {
    UUID job = UUID.randomUUID();
    Sql.update(
        dataSource,
        "insert into feed_job (id, submitter, actor_id, actor_name, state, submitted_at, patients)"
            + " values (?, ?, 'cnam-feed', 'Flux CNAM', 'RUNNING', now(), ?)",
        job,
        submitter,
        patients.length);
    // one lane, which had applied the patients up to {@code last}
    Sql.update(
        dataSource,
        "insert into feed_job_lane (job_id, lane, last_nir) values (?, 0, ?)",
        job,
        last == null ? null : last.value());
    long n = 0;
    for (Nir nir : patients) {
      Sql.update(
          dataSource,
          "insert into feed_job_patient (job_id, lane, nir) values (?, 0, ?)",
          job,
          nir.value());
      Sql.update(
          dataSource,
          "insert into reimbursement_staging values (?, ?, ?, ?, 'NGAP:G', null, ?, 2650)",
          job,
          ++n,
          nir.value(),
          java.sql.Date.valueOf(TODAY.minusDays(5)),
          Fixtures.DOCTOR_RPPS.value());
    }
    return job;
  }

  /** The state without the import jobs' own rows (job, lanes, rejections), which a new job adds. */
  private static Map<String, String> withoutJobs(DatabaseState state) {
    Map<String, String> tables = new TreeMap<>(state.tables());
    tables.remove("feed_job");
    tables.remove("feed_job_lane");
    tables.remove("feed_rejection");
    return tables;
  }
}
