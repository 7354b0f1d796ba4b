package org.dmp.faults.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail after a fault: {@code ./dmp audit verify} (recomputes every chain's hashes; exit
 * 0 intact, 1 broken, 2 could not run) where the launcher has it, and in any case the links a crash
 * could break, read in SQL: in every chain the sequence has no gap, each event's {@code prev_hash}
 * is the previous event's {@code hash}, and {@code audit_chain_head} names the last event.
 */
public final class AuditChains {

  private AuditChains() {}

  public static void check(ServerUnderTest server) {
    if (server.dmp("help").output().contains("audit verify")) {
      ServerUnderTest.Result verified = server.dmp("audit", "verify");
      assertThat(verified.exitCode()).as("./dmp audit verify:\n%s", verified.output()).isZero();
    }
    assertThat(
            broken(
                server,
                "select chain_id || ' seq ' || seq from (select chain_id, seq, prev_hash, lag(hash)"
                    + " over w as previous, lag(seq) over w as previous_seq from audit_event window w"
                    + " as (partition by chain_id order by seq)) e where (previous_seq is null and seq"
                    + " <> 1) or (previous_seq is not null and (seq <> previous_seq + 1 or prev_hash"
                    + " <> previous))"))
        .as("audit events not linked to the one before them")
        .isEmpty();
    assertThat(
            broken(
                server,
                "select h.chain_id from audit_chain_head h left join (select distinct on (chain_id)"
                    + " chain_id, seq, hash from audit_event order by chain_id, seq desc) last on"
                    + " last.chain_id = h.chain_id where (last.seq is null and h.seq <> 0) or"
                    + " last.seq <> h.seq or last.hash <> h.hash"))
        .as("chain heads not naming their chain's last event")
        .isEmpty();
  }

  private static List<String> broken(ServerUnderTest server, String sql) {
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> found = new ArrayList<>();
      while (r.next()) {
        found.add(r.getString(1));
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
