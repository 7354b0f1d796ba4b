package org.dmp.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What every table of the DMP holds: taken before and after a refused request, it shows that the
 * refusal wrote nothing anywhere, neither a new row nor a changed one (tests run one at a time on
 * their server). Each table is summed up by its row count and a digest of all its rows; the audit
 * trail by its count only, since a denial appends exactly one event (and moves its chain's head).
 */
public record DatabaseState(Map<String, String> tables) {

  /** Appended to by denials: compared by count. */
  private static final String AUDIT = "audit_event";

  /** Not the DMP's data: the migrations' own table; chain heads move with every audited denial. */
  private static final Set<String> IGNORED = Set.of("flyway_schema_history", "audit_chain_head");

  public static DatabaseState of(DataSource dataSource) {
    Map<String, String> tables = new TreeMap<>();
    for (String table : tables(dataSource)) {
      if (IGNORED.contains(table)) {
        continue;
      }
      long count = Sql.count(dataSource, "select count(*) from " + table);
      tables.put(
          table,
          table.equals(AUDIT) ? Long.toString(count) : count + " " + digest(dataSource, table));
    }
    return new DatabaseState(tables);
  }

  /** This state with {@code n} more audit events: what a refusal is allowed to add. */
  public DatabaseState plus(String table, long n) {
    if (!table.equals(AUDIT)) {
      throw new IllegalArgumentException("only " + AUDIT + " is compared by count");
    }
    Map<String, String> next = new TreeMap<>(tables);
    next.put(AUDIT, Long.toString(Long.parseLong(tables.get(AUDIT)) + n));
    return new DatabaseState(next);
  }

  /** A policy denial writes exactly one thing: its audit event. */
  public DatabaseState plusOneDenial() {
    return plus(AUDIT, 1);
  }

  private static List<String> tables(DataSource dataSource) {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tables", e);
    }
    return names;
  }

  private static String digest(DataSource dataSource, String table) {
    String sql =
        "select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
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

    /** The first column of the first row, as text (null when there is no row). */
    public static String text(DataSource dataSource, String sql, Object... parameters) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getString(1) : null;
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
