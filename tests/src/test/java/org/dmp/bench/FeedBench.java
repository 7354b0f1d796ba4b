package org.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.dmp.application.feed.ReimbursementFeeds;
import org.dmp.application.record.Records;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.it.support.As;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.Load;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.feed.ReimbursementFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

/**
 * The insurer's reimbursement feed at scale: a generated file of {@code lines} lines for {@code
 * patients} patients (all with a record), imported through {@link ReimbursementFeeds} from
 * submission to DONE, then imported again (nothing to change); against the baseline measured in the
 * same run on the same database: PostgreSQL COPY of the same lines (the same values, in COPY's text
 * format) into a bare table without index. Writes {@code tests/target/bench-feeds.md}.
 *
 * <p>The records are opened through {@link Records} before anything is timed. The file is read by
 * the service from the server's disk, not over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class FeedBench {

  private static final int LINES = Integer.getInteger("dmp.bench.feed.lines", 1_000_000);
  private static final int PATIENTS = Integer.getInteger("dmp.bench.feed.patients", 50_000);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FeedBench.class);
  }

  @EJB ReimbursementFeeds feeds;
  @EJB Records records;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void importAgainstCopy() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    Path dir = Files.createTempDirectory("feed-bench");
    Path ndjson = dir.resolve("reimbursements.ndjson");
    Path tsv = dir.resolve("reimbursements.tsv");
    generate(ndjson, tsv);
    openRecords();

    Duration copy = copyBaseline(tsv);
    Instant t0 = Instant.now();
    FeedJob received = submit(ndjson);
    Duration receive = Duration.between(t0, Instant.now());
    FeedJob first = awaitEnd(received.id());
    Duration total = Duration.between(t0, Instant.now());
    assertThat(first.state()).isEqualTo(JobState.DONE);
    assertThat(first.progress().linesRejected()).isZero();
    assertThat(first.progress().patientsUpdated()).isEqualTo(PATIENTS);

    Instant t1 = Instant.now();
    FeedJob again = awaitEnd(submit(ndjson).id());
    Duration reimport = Duration.between(t1, Instant.now());
    assertThat(again.progress().patientsUnchanged()).isEqualTo(PATIENTS);

    double copyRate = rate(LINES, copy);
    String report =
        String.join(
            "\n",
            "# Reimbursement feed benchmark",
            "",
            String.format(
                Locale.ROOT,
                "%,d lines for %,d patients (all with a record), file %,d bytes of NDJSON. %s",
                LINES,
                PATIENTS,
                Files.size(ndjson),
                ServerMemory.summary()),
            "",
            "| step | seconds | lines/s | ratio to COPY |",
            "|---|---:|---:|---:|",
            row("baseline: COPY of the same lines into a bare table", copy, copyRate),
            row("import, received (read, checked, staged; 202 answered)", receive, copyRate),
            row("import, submission to DONE (a document fed per patient)", total, copyRate),
            row(
                "re-import of the same file, submission to DONE (nothing changes)",
                reimport,
                copyRate),
            "",
            String.format(
                Locale.ROOT,
                "Documents: %,d fed in %.1f s after reception (%.0f patients/s).",
                first.progress().patientsUpdated(),
                seconds(total.minus(receive)),
                first.progress().patientsUpdated() / seconds(total.minus(receive))),
            "");
    Files.writeString(ServerMemory.report("bench-feeds.md"), report);
    System.out.println(report);
    Files.delete(ndjson);
    Files.delete(tsv);
    Files.delete(dir);
  }

  private FeedJob submit(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return As.call(Fixtures.FEED, () -> feeds.submit(Fixtures.feedSystem(), in, null));
    }
  }

  private FeedJob awaitEnd(FeedJobId id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofHours(1));
    while (true) {
      FeedJob job = As.call(Fixtures.FEED, () -> feeds.status(Fixtures.feedSystem(), id));
      if (job.state() != JobState.RUNNING) {
        return job;
      }
      assertThat(Instant.now()).as("job still running").isBefore(deadline);
      Thread.sleep(100); // a poll interval
    }
  }

  /** Patient i's NIR: test NIRs in one made-up department, each with its key. */
  private static Nir nir(int i) {
    String thirteen = "18001" + "99" + String.format("%06d", i);
    return new Nir(thirteen + String.format("%02d", Nir.keyOf(thirteen)));
  }

  /** The same lines twice: NDJSON for the import, COPY text for the baseline. */
  private static void generate(Path ndjson, Path tsv) throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    LocalDate today = LocalDate.now();
    String[] codes = {"NGAP:G", "NGAP:C", "CCAM:YYYY010", "CIP13:3400930000007", "NABM:1104"};
    String doctor = Fixtures.DOCTOR_RPPS.value();
    try (BufferedWriter n = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8);
        BufferedWriter t = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        String nir = nir(i % PATIENTS).value();
        String date = today.minusDays(random.nextInt(700)).toString();
        String code = codes[random.nextInt(codes.length)];
        String prescriber = code.startsWith("NGAP") ? null : doctor;
        String provider = code.startsWith("CIP13") ? ReimbursementFiles.PHARMACY : doctor;
        long cents = 100 + random.nextInt(20_000);
        String euros = cents / 100 + "." + String.format("%02d", cents % 100);
        n.write(ReimbursementFiles.line(nir, date, code, prescriber, provider, euros));
        n.write('\n');
        t.write(
            String.join(
                "\t", nir, date, code, prescriber == null ? "\\N" : prescriber, provider, euros));
        t.write('\n');
      }
    }
  }

  /** A record for every patient, opened at the counter, by 4 clients (setup, not measured). */
  private void openRecords() throws Exception {
    Load.run(
        PATIENTS,
        4,
        executor,
        (client, i) ->
            As.call(
                Fixtures.AGENT,
                () ->
                    records.open(
                        Fixtures.counterAgent(),
                        new Ins(nir(i), InsAuthority.TEST_NIR),
                        Fixtures.identity(),
                        OpeningChannel.COUNTER,
                        true)));
  }

  /** COPY of the lines into a bare table (no index, no key), as one statement. */
  private Duration copyBaseline(Path tsv) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table bench_copy (nir char(15), care_date date, code varchar(32),"
              + " prescriber char(11), provider varchar(11), amount numeric(12, 2))");
    }
    Instant t0 = Instant.now();
    try (Connection c = dataSource.getConnection();
        Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      long copied =
          c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin", in);
      assertThat(copied).isEqualTo(LINES);
    }
    Duration took = Duration.between(t0, Instant.now());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop table bench_copy");
    }
    return took;
  }

  private static String row(String step, Duration took, double copyRate) {
    double rate = rate(LINES, took);
    return String.format(
        Locale.ROOT, "| %s | %.2f | %,.0f | %.3f |", step, seconds(took), rate, rate / copyRate);
  }

  private static double rate(long lines, Duration took) {
    return lines / seconds(took);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
