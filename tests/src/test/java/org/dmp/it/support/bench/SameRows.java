package org.dmp.it.support.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The plain-JDBC baseline of a write: the very rows one DMP transaction wrote (every table, every
 * column, the sealed content bytes included), read back once and inserted again, one transaction
 * per copy, into shadow tables with the same columns and indexes ({@code like ... including all})
 * in the same database, with the same durability (the server's datasource, synchronous commit as
 * configured). What the baseline leaves out is exactly the DMP's own work: TLS, SOAP, the VIHF
 * check, metadata validation, the access policy, reads, encryption, hashing and JPA.
 *
 * <p>Each copy gets fresh identifiers (uuids, {@code unique_id}, audit {@code seq}) so that it does
 * not collide with the others, and is attached to a given record, so that the per-record rows (the
 * audit chain head, locked by every append) are contended as in the real write: rows are upserted
 * on their primary key.
 */
public final class SameRows {

  private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000_000L);

  private record Template(String table, List<String> columns, List<Object> values) {}

  private final DataSource dataSource;
  private final List<Template> rows;
  private final UUID templateRecord;
  private final Map<String, String> upserts = new HashMap<>();

  private SameRows(DataSource dataSource, List<Template> rows, UUID templateRecord) {
    this.dataSource = dataSource;
    this.rows = rows;
    this.templateRecord = templateRecord;
  }

  /**
   * The rows written by the transaction that inserted the document entry {@code uniqueId} (found by
   * their PostgreSQL {@code xmin}), with shadow tables created for them.
   */
  public static SameRows writtenWith(DataSource dataSource, String uniqueId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String xid;
      UUID record;
      try (PreparedStatement s =
          c.prepareStatement(
              "select xmin::text, record_id from document_entry where unique_id = ?")) {
        s.setString(1, uniqueId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("no document entry " + uniqueId);
          }
          xid = r.getString(1);
          record = (UUID) r.getObject(2);
        }
      }
      List<Template> rows = new ArrayList<>();
      for (String table : tables(c)) {
        try (PreparedStatement s =
            c.prepareStatement("select * from " + table + " where xmin::text = ?")) {
          s.setString(1, xid);
          try (ResultSet r = s.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
              List<String> columns = new ArrayList<>();
              List<Object> values = new ArrayList<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                values.add(r.getObject(i));
              }
              rows.add(new Template(table, columns, values));
            }
          }
        }
      }
      SameRows same = new SameRows(dataSource, rows, record);
      same.createShadows(c);
      return same;
    }
  }

  /** How many rows, in which tables, and how many bytes of values one copy writes. */
  public String describe() {
    Map<String, Integer> perTable = new java.util.TreeMap<>();
    long bytes = 0;
    for (Template t : rows) {
      perTable.merge(t.table(), 1, Integer::sum);
      for (Object v : t.values()) {
        bytes += v instanceof byte[] b ? b.length : v == null ? 0 : v.toString().length();
      }
    }
    return rows.size() + " rows " + perTable + ", about " + bytes + " bytes of values";
  }

  /** One copy of the rows, attached to {@code record}, in one transaction. */
  public void insertFor(UUID record) throws SQLException {
    Map<Object, Object> renamed = new HashMap<>();
    renamed.put(templateRecord, record);
    renamed.put(templateRecord.toString(), record.toString());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Template t : rows) {
          try (PreparedStatement s = c.prepareStatement(upserts.get(t.table()))) {
            for (int i = 0; i < t.values().size(); i++) {
              s.setObject(i + 1, fresh(t.columns().get(i), t.values().get(i), renamed));
            }
            s.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Drops the shadow tables. */
  public void drop() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : upserts.keySet()) {
        s.execute("drop table if exists bench_" + table);
      }
    }
  }

  private static Object fresh(String column, Object value, Map<Object, Object> renamed) {
    if (column.equals("seq")) {
      return SEQUENCE.incrementAndGet();
    }
    if (column.equals("unique_id")) {
      return renamed.computeIfAbsent(
          value, v -> "2.25." + new java.math.BigInteger(1, uuidBytes()));
    }
    if (value instanceof UUID) {
      return renamed.computeIfAbsent(value, v -> UUID.randomUUID());
    }
    return renamed.getOrDefault(value, value);
  }

  private static byte[] uuidBytes() {
    UUID u = UUID.randomUUID();
    return java.nio.ByteBuffer.allocate(16)
        .putLong(u.getMostSignificantBits())
        .putLong(u.getLeastSignificantBits())
        .array();
  }

  private void createShadows(Connection c) throws SQLException {
    for (Template t : rows) {
      if (upserts.containsKey(t.table())) {
        continue;
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists bench_" + t.table());
        s.execute("create table bench_" + t.table() + " (like " + t.table() + " including all)");
      }
      List<String> key = primaryKey(c, t.table());
      List<String> others = new ArrayList<>(t.columns());
      others.removeAll(key);
      upserts.put(
          t.table(),
          "insert into bench_"
              + t.table()
              + " ("
              + String.join(", ", t.columns())
              + ") values ("
              + String.join(", ", t.columns().stream().map(x -> "?").toList())
              + ") on conflict ("
              + String.join(", ", key)
              + (others.isEmpty()
                  ? ") do nothing"
                  : ") do update set "
                      + String.join(
                          ", ", others.stream().map(x -> x + " = excluded." + x).toList())));
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema ="
                    + " current_schema() and table_type = 'BASE TABLE' and table_name not like"
                    + " 'bench\\_%' and table_name <> 'flyway_schema_history'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    List<String> key = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid"
                + " and a.attnum = any(i.indkey) where i.indrelid = ?::regclass and"
                + " i.indisprimary")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          key.add(r.getString(1));
        }
      }
    }
    if (key.isEmpty()) {
      throw new IllegalStateException(table + " has no primary key");
    }
    return key;
  }
}
