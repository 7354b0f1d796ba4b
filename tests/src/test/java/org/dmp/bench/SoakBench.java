package org.dmp.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.record.Records;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.rim.ObjectRefType;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;
import org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.xds.XdsSettings;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.DoctorsRecords;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.bench.Timings;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The soak: a long run of practice software's mixed traffic (ITI-41 feeds, ITI-18 searches, ITI-43
 * retrievals, 1 : 2 : 2) at half the throughput the same mix reaches at full speed, measured first
 * in the same run. It answers what a short benchmark cannot: whether errors appear after a while,
 * and whether heap, database connections or threads grow once the server is warm.
 *
 * <p>Every answer is checked (a retrieved document must be the bytes fed); failures are counted and
 * the run fails at the end if there was any, after the report is written. Every sample forces a
 * full garbage collection first, so that the heap figure is what is retained, not what waits for
 * collection.
 *
 * <p>Settings (server system properties, tests/pom.xml profile {@code bench}): {@code
 * dmp.bench.soak.minutes} (30), {@code .clients} (8), {@code .calibration-seconds} (60), {@code
 * .window-minutes} (5: one report row each), {@code .patients} (2,000), {@code .size} (bytes per
 * document, 20,000). Report: {@code tests/target/bench-soak.md}.
 */
@ExtendWith(ArquillianExtension.class)
class SoakBench {

  private static final int MINUTES = Integer.getInteger("dmp.bench.soak.minutes", 30);
  private static final int CLIENTS = Integer.getInteger("dmp.bench.soak.clients", 8);
  private static final int CALIBRATION_SECONDS =
      Integer.getInteger("dmp.bench.soak.calibration-seconds", 60);
  private static final int WINDOW_MINUTES = Integer.getInteger("dmp.bench.soak.window-minutes", 5);
  private static final int PATIENTS = Integer.getInteger("dmp.bench.soak.patients", 2000);
  private static final int SIZE = Integer.getInteger("dmp.bench.soak.size", 20_000);
  private static final String DOCTOR = Fixtures.DOCTOR_RPPS.value();
  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  private static final long RENEW_NANOS = 5 * 60 * 1_000_000_000L;

  /** The three operations of the mix, in the order of {@link #kindOf}. */
  private enum Kind {
    FEED("ITI-41 feed, 1 document"),
    SEARCH("ITI-18 FindDocuments, ObjectRef"),
    RETRIEVE("ITI-43 retrieve, 1 document");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(SoakBench.class);
  }

  @EJB Records records;
  @EJB Consents consents;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  private final byte[] pdf = XdsRequests.pdf(SIZE);
  private final List<Ins> patients = new ArrayList<>();
  private final List<String> fed = new ArrayList<>(); // documents' unique ids, all with #pdf
  private final AtomicLong errors = new AtomicLong();
  private final List<String> firstErrors = new ArrayList<>();

  @Test
  void mixedTrafficAtHalfThroughput() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    for (int i = 0; i < PATIENTS; i++) {
      Ins ins = Fixtures.newIns();
      DoctorsRecords.open(records, consents, ins);
      patients.add(ins);
    }
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(new Client());
    }
    ExecutorService executor = Executors.newFixedThreadPool(CLIENTS);
    try {
      // each patient gets a document, so that retrievals and searches have something from the start
      run(executor, clients, PATIENTS / 10, 0, Long.MAX_VALUE, null, i -> Kind.FEED);
      Window warmUp = new Window();
      run(executor, clients, 0, 0, seconds(CALIBRATION_SECONDS / 2), warmUp, SoakBench::kindOf);
      Window full = new Window();
      run(executor, clients, 0, 0, seconds(CALIBRATION_SECONDS), full, SoakBench::kindOf);
      double fullRate = full.count() / (full.wallNanos / 1e9);
      double soakRate = fullRate / 2;
      Sample before = Sample.take(dataSource);
      List<Window> windows = new ArrayList<>();
      List<Sample> samples = new ArrayList<>();
      for (int m = 0; m < MINUTES; m += WINDOW_MINUTES) {
        Window w = new Window();
        run(
            executor,
            clients,
            0,
            soakRate,
            seconds(60L * Math.min(WINDOW_MINUTES, MINUTES - m)),
            w,
            SoakBench::kindOf);
        windows.add(w);
        samples.add(Sample.take(dataSource));
      }
      report(fullRate, soakRate, full, before, windows, samples);
      if (errors.get() > 0) {
        throw new AssertionError(errors.get() + " failed calls, first ones: " + firstErrors);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /** Feed one in five, search and retrieve two in five each. */
  private static Kind kindOf(long index) {
    return switch ((int) (index % 5)) {
      case 0 -> Kind.FEED;
      case 1, 3 -> Kind.SEARCH;
      default -> Kind.RETRIEVE;
    };
  }

  private static long seconds(long s) {
    return s * 1_000_000_000L;
  }

  /**
   * Runs the mix on every client: {@code count} operations in all when positive, otherwise for
   * {@code durationNanos}; at {@code rate} operations per second over all clients when positive
   * (each client keeps its own schedule; a late call starts at once), otherwise as fast as answers
   * come.
   */
  private void run(
      ExecutorService executor,
      List<Client> clients,
      int count,
      double rate,
      long durationNanos,
      Window window,
      java.util.function.LongFunction<Kind> mix)
      throws Exception {
    long start = System.nanoTime();
    long end = durationNanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + durationNanos;
    long interval = rate > 0 ? (long) (1e9 * clients.size() / rate) : 0;
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients.size(); c++) {
      Client client = clients.get(c);
      int offset = c;
      running.add(
          executor.submit(
              () -> {
                long next = start + interval * offset / clients.size();
                for (long i = offset; ; i += clients.size()) {
                  if (count > 0 ? i >= count : System.nanoTime() >= end) {
                    return null;
                  }
                  if (interval > 0) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    next += interval;
                  }
                  Kind kind = mix.apply(i);
                  long t0 = System.nanoTime();
                  try {
                    client.call(kind);
                  } catch (Exception | AssertionError e) {
                    failed(kind, e);
                  }
                  if (window != null) {
                    window.add(kind, System.nanoTime() - t0);
                  }
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    if (window != null) {
      window.wallNanos = System.nanoTime() - start;
    }
  }

  private void failed(Kind kind, Throwable e) {
    errors.incrementAndGet();
    synchronized (firstErrors) {
      if (firstErrors.size() < 5) {
        firstErrors.add(kind + ": " + e);
      }
    }
  }

  /**
   * One practice software: its own connections, as separate software would have. Its VIHF is valid
   * ten minutes, so it signs a new one (new ports) every {@link #RENEW_NANOS}, as software keeps
   * its professional's session alive.
   */
  private final class Client {
    private DocumentRepositoryPortType repository;
    private DocumentRegistryPortType registry;
    private long renewAt;

    private void renewIfDue() {
      if (repository == null || System.nanoTime() - renewAt >= 0) {
        repository = SoapPorts.repository(Fixtures.doctor());
        registry = SoapPorts.registry(Fixtures.doctor());
        renewAt = System.nanoTime() + RENEW_NANOS;
      }
    }

    void call(Kind kind) {
      renewIfDue();
      ThreadLocalRandom random = ThreadLocalRandom.current();
      Ins patient = patients.get(random.nextInt(patients.size()));
      switch (kind) {
        case FEED -> feed(patient);
        case SEARCH -> search(patient);
        case RETRIEVE -> retrieve(random);
      }
    }

    private void feed(Ins patient) {
      Doc doc = new Doc(patient, DOCTOR, pdf);
      RegistryResponseType answer =
          repository.documentRepositoryProvideAndRegisterDocumentSetB(
              XdsRequests.provide(patient, DOCTOR, doc));
      if (!answer.getStatus().endsWith(":Success")) {
        throw new IllegalStateException(
            "ITI-41 refused: "
                + answer.getRegistryErrorList().getRegistryError().get(0).getCodeContext());
      }
      synchronized (fed) {
        fed.add(doc.uniqueId);
      }
    }

    private void search(Ins patient) {
      AdhocQueryRequest query =
          XdsRequests.query(
              FIND_DOCUMENTS,
              false,
              "$XDSDocumentEntryPatientId",
              "'" + XdsRequests.patientId(patient) + "'",
              "$XDSDocumentEntryStatus",
              "('" + XdsRequests.APPROVED + "')");
      var answer = registry.documentRegistryRegistryStoredQuery(query);
      if (!answer.getStatus().endsWith(":Success")) {
        throw new IllegalStateException("ITI-18 answered " + answer.getStatus());
      }
      XdsRequests.objects(answer.getRegistryObjectList(), ObjectRefType.class);
    }

    private void retrieve(ThreadLocalRandom random) {
      String uniqueId;
      synchronized (fed) {
        uniqueId = fed.get(random.nextInt(fed.size()));
      }
      RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
      DocumentRequestType wanted = new DocumentRequestType();
      wanted.setRepositoryUniqueId(XdsSettings.repositoryId());
      wanted.setDocumentUniqueId(uniqueId);
      request.getDocumentRequest().add(wanted);
      var answer = repository.documentRepositoryRetrieveDocumentSet(request);
      if (answer.getDocumentResponse().size() != 1
          || !Arrays.equals(answer.getDocumentResponse().get(0).getDocument(), pdf)) {
        throw new IllegalStateException(
            "ITI-43 did not give back the bytes of "
                + uniqueId
                + ": "
                + answer.getRegistryResponse().getStatus());
      }
    }
  }

  /** The latencies of one stretch of the run, by operation. */
  private static final class Window {
    private final List<List<Long>> nanos = new ArrayList<>();
    long wallNanos;

    Window() {
      for (int k = 0; k < Kind.values().length; k++) {
        nanos.add(new ArrayList<>());
      }
    }

    void add(Kind kind, long elapsed) {
      List<Long> list = nanos.get(kind.ordinal());
      synchronized (list) {
        list.add(elapsed);
      }
    }

    int count() {
      return nanos.stream().mapToInt(List::size).sum();
    }

    Timings of(Kind kind) {
      return new Timings(
          nanos.get(kind.ordinal()).stream().mapToLong(Long::longValue).toArray(), wallNanos);
    }
  }

  /** What the server holds at one moment, after a full collection. */
  private record Sample(long heapMiB, long residentMiB, int threads, int connections) {

    static Sample take(DataSource dataSource) throws Exception {
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
      int threads = ManagementFactory.getThreadMXBean().getThreadCount();
      int connections;
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from pg_stat_activity where datname = current_database()")) {
        rs.next();
        connections = rs.getInt(1);
      }
      return new Sample(heap, currentResidentMiB(), threads, connections);
    }

    private static long currentResidentMiB() throws Exception {
      for (String line : Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
      return -1;
    }

    String cells() {
      return heapMiB + " | " + residentMiB + " | " + threads + " | " + connections;
    }
  }

  private void report(
      double fullRate,
      double soakRate,
      Window full,
      Sample before,
      List<Window> windows,
      List<Sample> samples)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("# Soak (mixed SOAP traffic at half the measured throughput)");
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "%d clients in the server's JVM, mix ITI-41 : ITI-18 : ITI-43 = 1 : 2 : 2 on %d"
                + " patients, %d-byte documents. Full speed (baseline, same run, %d s after a"
                + " warm-up): %.0f ops/s; soak at %.0f ops/s for %d min. Failed calls: %d. %s",
            CLIENTS,
            PATIENTS,
            SIZE,
            CALIBRATION_SECONDS,
            fullRate,
            soakRate,
            MINUTES,
            errors.get(),
            ServerMemory.summary()));
    lines.add("");
    lines.add("## Latencies");
    lines.add("");
    lines.add(Timings.header());
    for (Kind kind : Kind.values()) {
      lines.add(full.of(kind).row("full speed: " + kind.label, CLIENTS, 0));
    }
    for (int w = 0; w < windows.size(); w++) {
      for (Kind kind : Kind.values()) {
        lines.add(
            windows
                .get(w)
                .of(kind)
                .row(
                    "soak min "
                        + (w * WINDOW_MINUTES)
                        + "–"
                        + ((w + 1) * WINDOW_MINUTES)
                        + ": "
                        + kind.label,
                    CLIENTS,
                    0));
      }
    }
    lines.add("");
    lines.add("## The server after each stretch (after a full GC)");
    lines.add("");
    lines.add("| moment | ops/s | heap used MiB | resident MiB | threads | DB connections |");
    lines.add("|---|---:|---:|---:|---:|---:|");
    lines.add("| after warm-up and full speed | – | " + before.cells() + " |");
    for (int w = 0; w < windows.size(); w++) {
      Window window = windows.get(w);
      lines.add(
          String.format(
              Locale.ROOT,
              "| after min %d | %.0f | %s |",
              Math.min((w + 1) * WINDOW_MINUTES, MINUTES),
              window.count() / (window.wallNanos / 1e9),
              samples.get(w).cells()));
    }
    lines.add("");
    String report = String.join("\n", lines);
    Files.writeString(ServerMemory.report("bench-soak.md"), report);
    System.out.println(report);
  }
}
