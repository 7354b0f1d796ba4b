package org.dmp.infrastructure.persistence.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC idioms the feed stores repeat. */
final class Jdbc {

  private Jdbc() {}

  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  static int update(DataSource ds, String sql, Binder binder) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static <T> List<T> query(DataSource ds, String sql, Binder binder, RowReader<T> reader) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      List<T> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
