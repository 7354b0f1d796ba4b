package org.dmp.infrastructure.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The rows of a query as an iterator, fetched a batch at a time (the statement stays open). */
final class Rows<T> implements Iterator<T> {

  /** How many rows PostgreSQL sends at a time: memory stays bounded whatever the table's size. */
  static final int FETCH = 5000;

  interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final ResultSet rows;
  private final Mapper<T> mapper;
  private Boolean ahead;

  Rows(PreparedStatement query, Mapper<T> mapper) throws SQLException {
    query.setFetchSize(FETCH);
    this.rows = query.executeQuery();
    this.mapper = mapper;
  }

  @Override
  public boolean hasNext() {
    if (ahead == null) {
      try {
        ahead = rows.next();
      } catch (SQLException e) {
        throw new IllegalStateException("Reading the audit trail failed: " + e.getMessage(), e);
      }
    }
    return ahead;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ahead = null;
    try {
      return mapper.map(rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the audit trail failed: " + e.getMessage(), e);
    }
  }
}
