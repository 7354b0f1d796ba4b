package org.dmp.infrastructure.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.verification.Anchor;
import org.dmp.domain.audit.verification.AnchorDigest;
import org.dmp.domain.audit.verification.AnchorEntry;

/**
 * Writes the next signed anchor in the caller's transaction: locks the anchors' lock row (two
 * servers anchor one after the other), takes the heads of the chains that advanced since they were
 * last anchored (a partial index finds them without reading the trail) and marks them anchored.
 * Heads locked by an append in progress are skipped: the next anchor takes them.
 */
public final class JdbcAnchorWriter {

  /**
   * The most chains one anchor takes: its entries are held in memory to be sorted and signed. A
   * backlog (the first anchor of a large trail) is taken by several anchors in a row.
   */
  public static final int MAX_CHAINS = 100_000;

  private JdbcAnchorWriter() {}

  /** The anchor written, or null when no chain advanced. */
  public static Anchor write(Connection c, AuditKeys keys, Instant now) throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement("select id from audit_anchor_lock where id = 1 for update")) {
      lock.executeQuery().close();
    }
    long previousSeq = 0;
    String previousDigest = AuditEvent.GENESIS;
    try (PreparedStatement last =
            c.prepareStatement("select seq, digest from audit_anchor order by seq desc limit 1");
        ResultSet r = last.executeQuery()) {
      if (r.next()) {
        previousSeq = r.getLong(1);
        previousDigest = r.getString(2);
      }
    }
    long seq = previousSeq + 1;
    List<AnchorEntry> entries = new ArrayList<>();
    try (PreparedStatement advanced =
            c.prepareStatement(
                "with c as (select chain_id from audit_chain_head where seq > anchored_seq"
                    + " limit "
                    + MAX_CHAINS
                    + " for update skip locked)"
                    + " update audit_chain_head h set anchored_seq = h.seq from c"
                    + " where h.chain_id = c.chain_id returning h.chain_id, h.seq, h.hash");
        ResultSet r = advanced.executeQuery()) {
      while (r.next()) {
        entries.add(new AnchorEntry(seq, r.getString(1), r.getLong(2), r.getString(3)));
      }
    }
    if (entries.isEmpty()) {
      return null;
    }
    entries.sort(Comparator.comparing(AnchorEntry::chainId));
    UUID id = UUID.randomUUID();
    Instant at = now.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    AnchorDigest digest =
        AnchorDigest.start(seq, id, at, keys.currentAlias(), entries.size(), previousDigest);
    entries.forEach(e -> digest.add(e.chainId(), e.seq(), e.hash()));
    String digestText = digest.finish();
    Anchor anchor =
        new Anchor(
            seq,
            id,
            at,
            keys.currentAlias(),
            entries.size(),
            previousDigest,
            digestText,
            Anchor.sign(keys.signingKey(), digestText));
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_anchor (seq, id, created_at, key_alias, chains, prev_digest,"
                + " digest, signature) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setObject(2, id);
      insert.setObject(3, at.atOffset(ZoneOffset.UTC));
      insert.setString(4, anchor.keyAlias());
      insert.setInt(5, anchor.chains());
      insert.setString(6, previousDigest);
      insert.setString(7, digestText);
      insert.setString(8, anchor.signature());
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_anchor_entry (anchor_seq, chain_id, seq, hash) values (?, ?, ?, ?)")) {
      int batch = 0;
      for (AnchorEntry e : entries) {
        insert.setLong(1, seq);
        insert.setString(2, e.chainId());
        insert.setLong(3, e.seq());
        insert.setString(4, e.hash());
        insert.addBatch();
        if (++batch % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return anchor;
  }
}
