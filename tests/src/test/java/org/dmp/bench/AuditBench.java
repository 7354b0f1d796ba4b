package org.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.application.audit.AuditAnchoring;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.verification.Anchor;
import org.dmp.domain.audit.verification.TrailReport;
import org.dmp.infrastructure.audit.AuditSigning;
import org.dmp.infrastructure.audit.JdbcTrailVerification;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.ServerMemory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's verification and anchors over a trail of {@code dmp.bench.audit.events} events
 * (200,000 by default, 100 per chain), written by JDBC as the server chains them, against baselines
 * read in the same run from the same table: {@code count(*)}, and every column of every row
 * streamed in chain order (what the verification reads, without hashing). Anchor cost: the first
 * anchor over every chain, then one after 1% of the chains advanced. Writes {@code
 * tests/target/bench-audit.md}.
 */
@ExtendWith(ArquillianExtension.class)
class AuditBench {

  private static final int EVENTS = Integer.getInteger("dmp.bench.audit.events", 200_000);
  private static final int PER_CHAIN = 100;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(AuditBench.class);
  }

  @EJB AuditAnchoring anchoring;
  @EJB AuditSigning signing;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  private static final Caller AGENT =
      Caller.of(new Actor(ActorKind.COUNTER_AGENT, "agent-bench", "Agent"), Channel.WEB);

  @Test
  void verificationAndAnchorsAgainstPlainReads() throws Exception {
    List<UUID> chains = new ArrayList<>();
    long t = System.nanoTime();
    for (int i = 0; i < EVENTS / PER_CHAIN; i++) {
      UUID chain = UUID.randomUUID();
      chains.add(chain);
      append(chain, 0, AuditEvent.GENESIS, PER_CHAIN);
    }
    double written = seconds(t);

    t = System.nanoTime();
    Anchor first = anchoring.anchor();
    double firstAnchor = seconds(t);
    for (int i = 0; i < chains.size() / 100; i++) {
      UUID chain = chains.get(i);
      String hash = text("select hash from audit_chain_head where chain_id = ?", chain);
      append(chain, PER_CHAIN, hash, 1);
    }
    t = System.nanoTime();
    Anchor second = anchoring.anchor();
    double secondAnchor = seconds(t);

    long total = count();
    t = System.nanoTime();
    count();
    double counted = seconds(t);
    t = System.nanoTime();
    long streamed = streamAll();
    double stream = seconds(t);
    t = System.nanoTime();
    TrailReport report;
    try (Connection c = dataSource.getConnection()) {
      report = new JdbcTrailVerification(c, signing.keys()::publicKey).wholeTrail();
    }
    double verified = seconds(t);
    t = System.nanoTime();
    int sample = Math.min(100, chains.size());
    for (int i = 0; i < sample; i++) {
      try (Connection c = dataSource.getConnection()) {
        assertThat(
                new JdbcTrailVerification(c, signing.keys()::publicKey)
                    .record(chains.get(i))
                    .intact())
            .isTrue();
      }
    }
    double perRecord = seconds(t) / sample;

    assertThat(report.intact()).as(String.valueOf(report.firstBroken())).isTrue();
    assertThat(streamed).isEqualTo(total);
    String table =
        String.join(
            "\n",
            "# Audit trail benchmark",
            "",
            total
                + " events in "
                + report.chains()
                + " chains ("
                + PER_CHAIN
                + " per chain), written by JDBC in "
                + format(written)
                + " s. "
                + ServerMemory.summary(),
            "",
            "| operation | rows | seconds | rows/s |",
            "|---|---:|---:|---:|",
            row("baseline: select count(*) from audit_event", total, counted),
            row("baseline: every column of every event streamed in chain order", total, stream),
            row(
                "verification of the whole trail (" + report.anchors() + " anchors)",
                report.events(),
                verified),
            row(
                "verification of one record's chain (mean of " + sample + ")",
                PER_CHAIN,
                perRecord),
            row("anchor over every chain (first anchor)", first.chains(), firstAnchor),
            row("anchor after 1% of the chains advanced", second.chains(), secondAnchor),
            "");
    Files.writeString(ServerMemory.report("bench-audit.md"), table);
    System.out.println(table);
  }

  /** Appends {@code n} events to a chain after (seq, hash), as the server chains them. */
  private void append(UUID chain, long seq, String hash, int n) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into audit_event (id, chain_id, seq, occurred_at, actor_kind, actor_id,"
                    + " actor_name, channel, access_mode, action, record_id, document_id,"
                    + " decision, rule, detail, prev_hash, hash) values"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement head =
            c.prepareStatement(
                "insert into audit_chain_head (chain_id, seq, hash) values (?, ?, ?)"
                    + " on conflict (chain_id) do update set seq = excluded.seq,"
                    + " hash = excluded.hash")) {
      AuditEvent e = null;
      for (int i = 0; i < n; i++) {
        e =
            AuditEvent.chained(
                chain.toString(),
                seq,
                hash,
                AuditEntry.allowed(AGENT, AuditAction.READ_RECORD, chain, null, "BENCH"),
                Instant.now());
        insert.setObject(1, e.id());
        insert.setString(2, e.chainId());
        insert.setLong(3, e.seq());
        insert.setObject(4, e.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(5, e.actorKind().name());
        insert.setString(6, e.actorId());
        insert.setString(7, e.actorName());
        insert.setString(8, e.channel().name());
        insert.setString(9, e.accessMode().name());
        insert.setString(10, e.action().name());
        insert.setObject(11, e.recordId());
        insert.setObject(12, null);
        insert.setString(13, e.decision().name());
        insert.setString(14, e.rule());
        insert.setString(15, null);
        insert.setString(16, e.prevHash());
        insert.setString(17, e.hash());
        insert.addBatch();
        seq = e.seq();
        hash = e.hash();
      }
      insert.executeBatch();
      head.setString(1, chain.toString());
      head.setLong(2, seq);
      head.setString(3, hash);
      head.executeUpdate();
    }
  }

  private long count() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select count(*) from audit_event");
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Every column of every event, in chain order, a batch at a time (as the verification reads). */
  private long streamAll() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement q =
          c.prepareStatement("select * from audit_event order by chain_id, seq")) {
        q.setFetchSize(5000);
        long n = 0;
        try (ResultSet r = q.executeQuery()) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            for (int i = 1; i <= columns; i++) {
              r.getObject(i);
            }
            n++;
          }
        }
        c.rollback();
        return n;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private String text(String sql, UUID chain) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, chain.toString());
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  private static String row(String what, long rows, double seconds) {
    return "| "
        + what
        + " | "
        + rows
        + " | "
        + format(seconds)
        + " | "
        + String.format(Locale.ROOT, "%,.0f", rows / seconds)
        + " |";
  }
}
