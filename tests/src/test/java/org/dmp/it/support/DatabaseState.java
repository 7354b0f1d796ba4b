package org.dmp.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The row counts of every table of the DMP: taken before and after a refused request, they show
 * that the refusal wrote nothing anywhere (tests run one at a time on their server).
 */
public record DatabaseState(Map<String, Long> rowCounts) {

  private static final List<String> TABLES =
      List.of(
          "record",
          "professional",
          "document_entry",
          "document_confidentiality",
          "record_key",
          "document_content",
          "audit_event",
          "audit_chain_head",
          "professional_access",
          "legal_representative",
          "notification",
          "account");

  public static DatabaseState of(DataSource dataSource) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, Sql.count(dataSource, "select count(*) from " + table));
    }
    return new DatabaseState(counts);
  }

  /** This state with {@code n} more rows in {@code table}: what a refusal is allowed to add. */
  public DatabaseState plus(String table, long n) {
    Map<String, Long> counts = new LinkedHashMap<>(rowCounts);
    counts.merge(table, n, Long::sum);
    return new DatabaseState(counts);
  }

  /** A policy denial writes exactly one thing: its audit event. */
  public DatabaseState plusOneDenial() {
    return plus("audit_event", 1);
  }

  /** Small JDBC helpers for what tests check directly in the database. */
  public static final class Sql {
    private Sql() {}

    public static long count(DataSource dataSource, String sql, Object... parameters) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    public static int update(DataSource dataSource, String sql, Object... parameters) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        return s.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }
  }
}
