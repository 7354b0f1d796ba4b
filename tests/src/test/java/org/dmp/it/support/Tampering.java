package org.dmp.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * What a test does to the audit trail by SQL behind the server's back, and undoes: every change is
 * recorded with the statement that reverses it, run (last first) by {@link #repair()}. Tests change
 * only the chains of records they created and the anchors they wrote, and repair in finally (the
 * test database is shared by the whole suite).
 */
public final class Tampering {

  private final DataSource dataSource;
  private final List<Runnable> undo = new ArrayList<>();

  public Tampering(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Sets a column of the rows of {@code table} matching {@code where}; the old values come back.
   */
  public void set(String table, String column, Object value, String where, Object... parameters) {
    List<Map<String, Object>> rows = rows(table, where, parameters);
    for (Map<String, Object> row : rows) {
      undo.add(
          () ->
              update(
                  "update " + table + " set " + column + " = ? where " + key(table) + " = ?",
                  row.get(column),
                  row.get(key(table))));
    }
    update("update " + table + " set " + column + " = ? where " + where, concat(value, parameters));
  }

  /** Deletes the rows of {@code table} matching {@code where}; they are inserted back. */
  public void delete(String table, String where, Object... parameters) {
    List<Map<String, Object>> rows = rows(table, where, parameters);
    undo.add(
        () -> {
          for (Map<String, Object> row : rows) {
            StringJoiner columns = new StringJoiner(", ");
            StringJoiner marks = new StringJoiner(", ");
            row.keySet()
                .forEach(
                    c -> {
                      columns.add(c);
                      marks.add("?");
                    });
            update(
                "insert into " + table + " (" + columns + ") values (" + marks + ")",
                row.values().toArray());
          }
        });
    update("delete from " + table + " where " + where, parameters);
  }

  /** Runs a statement whose effect {@code reverse} undoes. */
  public void run(String sql, String reverse, Object... parameters) {
    undo.add(() -> update(reverse, parameters));
    update(sql, parameters);
  }

  public void repair() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }

  private static String key(String table) {
    return table.equals("audit_anchor")
        ? "seq"
        : table.equals("audit_chain_head") ? "chain_id" : "id";
  }

  private static Object[] concat(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private List<Map<String, Object>> rows(String table, String where, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select * from " + table + " where " + where)) {
      bind(s, parameters);
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        ResultSetMetaData m = r.getMetaData();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= m.getColumnCount(); i++) {
            row.put(m.getColumnName(i), r.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(where, e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
  }
}
