package org.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.document.Documents;
import org.dmp.application.record.Records;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.Fixtures;
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
 * Feeding and reading documents through the application services, against a baseline measured in
 * the same run on the same database: the same bytes inserted and selected with plain JDBC, one
 * transaction each, without encryption, hashing, metadata, audit or JPA. The difference is what the
 * record's guarantees cost.
 *
 * <p>Settings (system properties of the server, see tests/pom.xml profile {@code bench}):
 * documents, size in bytes, concurrent clients, documents per record. Writes its report to {@code
 * tests/target/bench-services.md}.
 */
@ExtendWith(ArquillianExtension.class)
class FeedAndReadBench {

  private static final int DOCUMENTS = Integer.getInteger("dmp.bench.documents", 2000);
  private static final int SIZE = Integer.getInteger("dmp.bench.size", 100_000);
  private static final int CLIENTS = Integer.getInteger("dmp.bench.clients", 8);
  private static final int PER_RECORD = Integer.getInteger("dmp.bench.per-record", 10);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FeedAndReadBench.class);
  }

  @EJB Records records;
  @EJB Documents documents;
  @EJB Consents consents;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void feedAndReadAgainstPlainJdbc() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    byte[] content = new byte[SIZE];
    new SecureRandom().nextBytes(content);
    List<RecordId> recordIds = openRecords();
    warmUp(recordIds.get(0), content);

    Timings baselineWrite;
    Timings baselineRead;
    createBaselineTable();
    try {
      UUID[] ids = new UUID[DOCUMENTS];
      baselineWrite = run(i -> ids[i] = baselineInsert(content));
      baselineRead = run(i -> baselineSelect(ids[i]));
    } finally {
      dropBaselineTable();
    }

    EntryUuid[] fed = new EntryUuid[DOCUMENTS];
    Timings feed =
        run(
            i ->
                fed[i] =
                    As.call(
                        Fixtures.SOFTWARE,
                        () ->
                            documents
                                .add(
                                    Fixtures.doctor(),
                                    recordIds.get(i / PER_RECORD),
                                    Fixtures.report("bench " + i),
                                    content)
                                .entryUuid()));
    Timings read =
        run(
            i ->
                assertThat(
                        As.call(
                            Fixtures.SOFTWARE,
                            () -> documents.read(Fixtures.doctor(), fed[i]).content()))
                    .hasSize(SIZE));

    String report =
        String.join(
            "\n",
            "# Feed and read benchmark",
            "",
            DOCUMENTS
                + " documents of "
                + SIZE
                + " bytes, "
                + CLIENTS
                + " concurrent clients, "
                + PER_RECORD
                + " documents per record. "
                + ServerMemory.summary(),
            "",
            Timings.header(),
            baselineWrite.row("baseline: JDBC insert of the plaintext", CLIENTS, SIZE),
            feed.row("DMP feed (Documents.add)", CLIENTS, SIZE),
            baselineRead.row("baseline: JDBC select of the plaintext", CLIENTS, SIZE),
            read.row("DMP read (Documents.read)", CLIENTS, SIZE),
            "");
    Files.writeString(ServerMemory.report("bench-services.md"), report);
    System.out.println(report);
  }

  /** Runs the step for every document index, spread over the clients, timing each call. */
  private Timings run(IndexStep step) throws Exception {
    return Load.run(DOCUMENTS, CLIENTS, executor, (client, i) -> step.run(i));
  }

  private interface IndexStep {
    void run(int index) throws Exception;
  }

  private List<RecordId> openRecords() {
    List<RecordId> ids = new ArrayList<>();
    for (int i = 0; i < (DOCUMENTS + PER_RECORD - 1) / PER_RECORD; i++) {
      RecordId id = DoctorsRecords.open(records, consents, Fixtures.newIns());
      ids.add(id);
    }
    return ids;
  }

  private void warmUp(RecordId record, byte[] content) {
    for (int i = 0; i < 50; i++) {
      As.run(
          Fixtures.SOFTWARE,
          () -> {
            EntryUuid id =
                documents
                    .add(Fixtures.doctor(), record, Fixtures.report("warm-up"), content)
                    .entryUuid();
            documents.read(Fixtures.doctor(), id);
          });
    }
  }

  private void createBaselineTable() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists bench_baseline (id uuid primary key, content bytea not null)");
    }
  }

  private void dropBaselineTable() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_baseline");
    }
  }

  private UUID baselineInsert(byte[] content) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("insert into bench_baseline values (?, ?)")) {
      s.setObject(1, id);
      s.setBytes(2, content);
      s.executeUpdate();
    }
    return id;
  }

  private void baselineSelect(UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select content from bench_baseline where id = ?")) {
      s.setObject(1, id);
      try (var r = s.executeQuery()) {
        r.next();
        assertThat(r.getBytes(1)).hasSize(SIZE);
      }
    }
  }
}
