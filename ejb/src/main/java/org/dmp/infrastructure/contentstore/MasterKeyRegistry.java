package org.dmp.infrastructure.contentstore;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Registered;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Registration;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Sample;

/**
 * The registry of master keys (table {@code master_key}) and what the data keys use, read with
 * plain JDBC: it is read at deployment, before the persistence unit serves, and outside any
 * transaction (each statement on its own).
 */
@ApplicationScoped
public class MasterKeyRegistry {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  /** The registry in order of registration: the last key not retired is the current one. */
  List<Registered> entries() {
    return query(
        "select alias, check_value, retired_at is not null from master_key"
            + " order by created_at, alias",
        rs -> new Registered(rs.getString(1), rs.getBytes(2), rs.getBoolean(3)));
  }

  /** The newest key not retired: the current one, as the registry says now. */
  Optional<String> newestAlias() {
    return query(
            "select alias from master_key where retired_at is null"
                + " order by created_at desc, alias desc limit 1",
            rs -> rs.getString(1))
        .stream()
        .findFirst();
  }

  /** The keys not retired that were registered before this one: those rotation empties. */
  List<String> olderThan(String alias) {
    return query(
        "select m.alias from master_key m, master_key c where c.alias = ? and m.retired_at is null"
            + " and (m.created_at, m.alias) < (c.created_at, c.alias)",
        rs -> rs.getString(1),
        alias);
  }

  /** For each alias data keys are wrapped under: one of them, and how many. */
  Map<String, Sample> inUse() {
    Map<String, Sample> samples = new HashMap<>();
    for (var row :
        query(
            "select k.master_alias, k.record_id, k.wrapped_key, n.count from record_key k join"
                + " (select master_alias, min(record_id::text) as first, count(*) from record_key"
                + " group by master_alias) n on n.master_alias = k.master_alias"
                + " and k.record_id::text = n.first",
            rs ->
                Map.entry(
                    rs.getString(1),
                    new Sample((UUID) rs.getObject(2), rs.getBytes(3), rs.getLong(4))))) {
      samples.put(row.getKey(), row.getValue());
    }
    return samples;
  }

  /**
   * Records these keys, in this order (one statement each: all of them, or the deployment fails and
   * the next one starts again from the same state); a key already announced gets its check value.
   */
  void register(List<Registration> registrations, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into master_key (alias, check_value, created_at) values (?, ?, ?)"
                    + " on conflict (alias) do update set check_value = excluded.check_value"
                    + " where master_key.check_value is null")) {
      int order = 0;
      for (Registration registration : registrations) {
        insert.setString(1, registration.alias());
        insert.setBytes(2, registration.checkValue());
        // distinct instants keep the order of registration, hence which key is current
        insert.setTimestamp(3, Timestamp.from(now.plusNanos(1000L * order++)));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the master key registry: " + e, e);
    }
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, String... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the master key registry: " + e, e);
    }
  }
}
