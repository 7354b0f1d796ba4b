package org.dmp.infrastructure.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.StoredEvent;
import org.dmp.domain.audit.verification.Anchor;
import org.dmp.domain.audit.verification.AnchorClaim;
import org.dmp.domain.audit.verification.AnchorEntry;
import org.dmp.domain.audit.verification.AnchorVerifier;
import org.dmp.domain.audit.verification.ChainHead;
import org.dmp.domain.audit.verification.TrailReport;
import org.dmp.domain.audit.verification.TrailVerifier;

/**
 * Verifies the audit trail stored in the database: the anchors first (a forged anchor would vouch
 * for anything), then the chains. Everything is read in one read-only repeatable-read transaction,
 * so events appended meanwhile are not half seen (a head ahead of the events read); rows are
 * streamed in chain order (chain ids have the C collation, as {@link String#compareTo} sorts).
 */
public final class JdbcTrailVerification {

  private static final String EVENT_COLUMNS =
      "id, chain_id, seq, occurred_at, actor_kind, actor_id, actor_name, channel, access_mode,"
          + " action, record_id, document_id, decision, rule, detail, prev_hash, hash,"
          + " actor_profession, actor_organisation";
  private static final String ANCHOR_COLUMNS =
      "seq, id, created_at, key_alias, chains, prev_digest, digest, signature";

  private final Connection connection;
  private final Function<String, PublicKey> keys;

  /**
   * @param connection a connection of its own (its transaction settings are changed, it is left
   *     rolled back)
   * @param keys the public key of an audit signing key's alias, or null
   */
  public JdbcTrailVerification(Connection connection, Function<String, PublicKey> keys) {
    this.connection = connection;
    this.keys = keys;
  }

  /** The whole trail: every anchor, every chain. */
  public TrailReport wholeTrail() throws SQLException {
    return inSnapshot(() -> verify(null));
  }

  /** Whether a chain of this id exists (events or a head). */
  public boolean chainExists(String chainId) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement(
            "select exists (select 1 from audit_chain_head where chain_id = ?)"
                + " or exists (select 1 from audit_event where chain_id = ?)")) {
      q.setString(1, chainId);
      q.setString(2, chainId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  /** One record's chain, and the latest anchor that vouches for it. */
  public TrailReport record(UUID record) throws SQLException {
    return inSnapshot(() -> verify(AuditEvent.chainOf(record)));
  }

  private interface Work {
    TrailReport run() throws SQLException;
  }

  private TrailReport inSnapshot(Work work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // a cursor (batches of rows) needs a transaction
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try {
      return work.run();
    } finally {
      connection.rollback();
      connection.setReadOnly(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connection.setAutoCommit(autoCommit);
    }
  }

  private TrailReport verify(String chain) throws SQLException {
    String one = chain == null ? "" : " where chain_id = ?";
    try (PreparedStatement anchors = anchorsQuery(chain);
        PreparedStatement entries = entriesQuery(chain);
        PreparedStatement events =
            query(
                "select " + EVENT_COLUMNS + " from audit_event" + one + " order by chain_id, seq",
                chain);
        PreparedStatement heads =
            query(
                "select chain_id, seq, hash from audit_chain_head" + one + " order by chain_id",
                chain);
        // the highest position ever anchored: a head rewound and anchored again does not hide
        // what an earlier anchor vouched for
        PreparedStatement claims =
            query(
                "select distinct on (chain_id) chain_id, seq, hash, anchor_seq"
                    + " from audit_anchor_entry"
                    + one
                    + " order by chain_id, seq desc, anchor_seq desc",
                chain)) {
      TrailReport anchored =
          AnchorVerifier.verify(
              new Rows<>(anchors, JdbcTrailVerification::anchor),
              new Rows<>(entries, JdbcTrailVerification::entry),
              keys,
              chain == null);
      if (!anchored.intact()) {
        return anchored;
      }
      TrailReport chains =
          TrailVerifier.verify(
              new Rows<>(events, JdbcTrailVerification::event),
              new Rows<>(heads, r -> new ChainHead(r.getString(1), r.getLong(2), r.getString(3))),
              new Rows<>(
                  claims,
                  r ->
                      new AnchorClaim(r.getString(1), r.getLong(2), r.getString(3), r.getLong(4))));
      return new TrailReport(
          chains.chains(), chains.events(), anchored.anchors(), chains.firstBroken());
    }
  }

  /** Every anchor; for one chain, only the latest anchor that vouches for it. */
  private PreparedStatement anchorsQuery(String chain) throws SQLException {
    return query(
        "select "
            + ANCHOR_COLUMNS
            + " from audit_anchor"
            + (chain == null ? "" : " where seq = (" + latestAnchorOf() + ")")
            + " order by seq",
        chain);
  }

  private PreparedStatement entriesQuery(String chain) throws SQLException {
    return query(
        "select anchor_seq, chain_id, seq, hash from audit_anchor_entry"
            + (chain == null ? "" : " where anchor_seq = (" + latestAnchorOf() + ")")
            + " order by anchor_seq, chain_id",
        chain);
  }

  private static String latestAnchorOf() {
    return "select max(anchor_seq) from audit_anchor_entry where chain_id = ?";
  }

  private PreparedStatement query(String sql, String chain) throws SQLException {
    PreparedStatement q = connection.prepareStatement(sql);
    if (chain != null) {
      q.setString(1, chain);
    }
    return q;
  }

  private static StoredEvent event(ResultSet r) throws SQLException {
    return new StoredEvent(
        r.getObject(1, UUID.class),
        r.getString(2),
        r.getLong(3),
        r.getObject(4, OffsetDateTime.class).toInstant(),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8),
        r.getString(9),
        r.getString(10),
        r.getObject(11, UUID.class),
        r.getObject(12, UUID.class),
        r.getString(13),
        r.getString(14),
        r.getString(15),
        r.getString(16),
        r.getString(17),
        r.getString(18),
        r.getString(19));
  }

  private static Anchor anchor(ResultSet r) throws SQLException {
    return new Anchor(
        r.getLong(1),
        r.getObject(2, UUID.class),
        r.getObject(3, OffsetDateTime.class).toInstant(),
        r.getString(4),
        r.getInt(5),
        r.getString(6),
        r.getString(7),
        r.getString(8));
  }

  private static AnchorEntry entry(ResultSet r) throws SQLException {
    return new AnchorEntry(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4));
  }
}
