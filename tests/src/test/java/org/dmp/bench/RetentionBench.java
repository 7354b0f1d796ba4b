package org.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.document.Documents;
import org.dmp.application.record.Records;
import org.dmp.application.retention.Retention;
import org.dmp.application.retention.RetentionRun;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.ServerManagement;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.DoctorsRecords;
import org.dmp.it.support.bench.Load;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.bench.Timings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge's throughput: closed records with a few documents each, purged by one run of the
 * retention job once the clock is moved past their date, then as many again by two runs at once
 * (two servers); baseline in the same run: closing those records through the service (one audited,
 * locked update each).
 *
 * <p>Settings: {@code dmp.bench.purge.records} (1000) and {@code dmp.bench.purge.documents} (3).
 * Writes {@code tests/target/bench-retention.md}.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionBench {

  private static final int RECORDS = Integer.getInteger("dmp.bench.purge.records", 1000);
  private static final int DOCUMENTS = Integer.getInteger("dmp.bench.purge.documents", 3);
  private static final int SIZE = 20_000;
  private static final int CLIENTS = 2;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(RetentionBench.class);
  }

  @EJB Records records;
  @EJB Documents documents;
  @EJB Consents consents;
  @EJB Retention retention;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void purgeThroughputAgainstClosing() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    byte[] content = new byte[SIZE];
    new SecureRandom().nextBytes(content);

    List<RecordId> first = recordsWithDocuments(content);
    Timings closing = close(first);
    double oneRun = purge(first, 1);

    List<RecordId> second = recordsWithDocuments(content);
    close(second);
    double twoRuns = purge(second, 2);

    String report =
        String.join(
            "\n",
            "# Retention benchmark",
            "",
            RECORDS
                + " closed records of "
                + DOCUMENTS
                + " documents ("
                + SIZE
                + " bytes) each, per measured purge. "
                + ServerMemory.summary(),
            "",
            Timings.header(),
            closing.row("baseline: Records.close", CLIENTS, 0),
            "",
            "| purge | records/s | documents/s |",
            "|---|---:|---:|",
            row("one run (Retention.run)", oneRun),
            row("two runs at once (two servers)", twoRuns),
            "");
    Files.writeString(ServerMemory.report("bench-retention.md"), report);
    System.out.println(report);
  }

  private static String row(String name, double recordsPerSecond) {
    return String.format(
        Locale.ROOT, "| %s | %.0f | %.0f |", name, recordsPerSecond, recordsPerSecond * DOCUMENTS);
  }

  private List<RecordId> recordsWithDocuments(byte[] content) throws Exception {
    List<RecordId> ids = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      ids.add(DoctorsRecords.open(records, consents, Fixtures.newIns()));
    }
    Load.run(
        RECORDS * DOCUMENTS,
        CLIENTS,
        executor,
        (client, i) ->
            As.call(
                Fixtures.SOFTWARE,
                () ->
                    documents.add(
                        Fixtures.doctor(),
                        ids.get(i / DOCUMENTS),
                        Fixtures.report("bench " + i),
                        content)));
    return ids;
  }

  private Timings close(List<RecordId> ids) throws Exception {
    return Load.run(
        ids.size(),
        CLIENTS,
        executor,
        (client, i) ->
            As.call(
                Fixtures.AGENT,
                () ->
                    records.close(
                        Fixtures.counterAgent(), ids.get(i), ClosureReason.PATIENT_REQUEST, null)));
  }

  /** Records purged per second by {@code runs} runs at once, the clock moved past their date. */
  private double purge(List<RecordId> ids, int runs) throws Exception {
    Instant due =
        Instant.parse(
            Sql.text(
                    dataSource,
                    "select to_char(max(purge_due_at) at time zone 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from record")
                .strip());
    try {
      ServerManagement.shiftClock(Duration.between(Instant.now(), due).plusDays(1));
      long start = System.nanoTime();
      List<Future<RetentionRun>> running = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        running.add(executor.submit(retention::run));
      }
      int purged = 0;
      for (Future<RetentionRun> run : running) {
        purged += run.get().purged();
      }
      long wall = System.nanoTime() - start;
      assertThat(purged).isEqualTo(ids.size());
      return purged / (wall / 1e9);
    } finally {
      ServerManagement.resetClock();
    }
  }
}
