package org.dmp.infrastructure.persistence.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.feed.ReimbursementLedger;
import org.dmp.domain.feed.ReimbursementLine;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.RecordId;

/** Kept lines in {@code reimbursement_line}, documents in {@code reimbursement_document}. */
@ApplicationScoped
public class JdbcReimbursementLedger implements ReimbursementLedger {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Override
  public void keep(List<ReimbursementLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    // one statement for the whole batch: the lines as arrays, unnested by the database
    Jdbc.update(
        dataSource,
        "insert into reimbursement_line ("
            + LineRows.COLUMNS
            + ")"
            + " select * from unnest(?::bpchar[], ?::date[], ?::varchar[], ?::bpchar[],"
            + " ?::varchar[], ?::bigint[]) on conflict do nothing",
        s -> {
          int n = lines.size();
          Object[] nirs = new Object[n];
          Object[] dates = new Object[n];
          Object[] codes = new Object[n];
          Object[] prescribers = new Object[n];
          Object[] providers = new Object[n];
          Object[] amounts = new Object[n];
          for (int i = 0; i < n; i++) {
            ReimbursementLine l = lines.get(i);
            nirs[i] = l.nir().value();
            dates[i] = Date.valueOf(l.date());
            codes[i] = l.code().toString();
            prescribers[i] = l.prescriber() == null ? "" : l.prescriber().value();
            providers[i] = l.provider();
            amounts[i] = l.amount().cents();
          }
          s.setArray(1, array(s, "bpchar", nirs));
          s.setArray(2, array(s, "date", dates));
          s.setArray(3, array(s, "varchar", codes));
          s.setArray(4, array(s, "bpchar", prescribers));
          s.setArray(5, array(s, "varchar", providers));
          s.setArray(6, array(s, "int8", amounts));
        });
  }

  @Override
  public Map<Nir, List<ReimbursementLine>> linesSince(List<Nir> patients, LocalDate since) {
    Map<Nir, List<ReimbursementLine>> byPatient = new HashMap<>();
    Jdbc.query(
            dataSource,
            "select "
                + LineRows.COLUMNS
                + " from reimbursement_line"
                + " where nir = any (?) and care_date >= ?",
            s -> {
              s.setArray(1, nirs(s, patients));
              s.setDate(2, Date.valueOf(since));
            },
            LineRows::read)
        .forEach(l -> byPatient.computeIfAbsent(l.nir(), k -> new java.util.ArrayList<>()).add(l));
    return byPatient;
  }

  @Override
  public Map<Nir, PatientDocument> documents(List<Nir> patients) {
    Map<Nir, PatientDocument> found = new HashMap<>();
    Jdbc.query(
            dataSource,
            "select nir, record_id, entry_uuid, digest from reimbursement_document"
                + " where nir = any (?)",
            s -> s.setArray(1, nirs(s, patients)),
            r ->
                Map.entry(
                    new Nir(r.getString(1)),
                    new PatientDocument(
                        new RecordId(r.getObject(2, UUID.class)),
                        new EntryUuid(r.getObject(3, UUID.class)),
                        r.getString(4))))
        .forEach(e -> found.put(e.getKey(), e.getValue()));
    return found;
  }

  @Override
  public void save(Nir patient, PatientDocument d) {
    Jdbc.update(
        dataSource,
        "insert into reimbursement_document (nir, record_id, entry_uuid, digest)"
            + " values (?, ?, ?, ?) on conflict (nir) do update set record_id = excluded.record_id,"
            + " entry_uuid = excluded.entry_uuid, digest = excluded.digest",
        s -> {
          s.setString(1, patient.value());
          s.setObject(2, d.record().value());
          s.setObject(3, d.entry().value());
          s.setString(4, d.digest());
        });
  }

  private static Array nirs(PreparedStatement s, List<Nir> patients) throws SQLException {
    return array(s, "bpchar", patients.stream().map(Nir::value).toArray());
  }

  private static Array array(PreparedStatement s, String type, Object[] values)
      throws SQLException {
    return s.getConnection().createArrayOf(type, values);
  }
}
