package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.retention.PurgedRecord;
import org.dmp.domain.retention.RecordPurges;

/**
 * The purge in SQL, table by table: every table that names the record (foreign keys to {@code
 * record}) or its patient (the NIR, the patient's and representatives' logins). Kept: the audit
 * trail, and {@code insured_person}, the insurer's referential, which is not the record's.
 */
@ApplicationScoped
public class SqlRecordPurges implements RecordPurges {

  @PersistenceContext EntityManager em;

  @Override
  public List<RecordId> due(Instant now, RecordId after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from record where status = 'CLOSED' and purge_due_at <= ?1"
                    + " and id > cast(?2 as uuid) order by id limit ?3")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, (after == null ? new UUID(0, 0) : after.value()).toString())
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> new RecordId(uuid(id))).toList();
  }

  @Override
  public Optional<PurgedRecord> purge(RecordId record, Instant now) {
    String id = record.value().toString();
    // the same conditions again, under the row's lock: a reactivation may have committed since
    // the record was listed; a record another server holds is that server's to purge
    @SuppressWarnings("unchecked")
    List<Object> held =
        em.createNativeQuery(
                "select ins_nir from record where id = cast(?1 as uuid) and status = 'CLOSED'"
                    + " and purge_due_at <= ?2 for update skip locked")
            .setParameter(1, id)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    if (held.isEmpty()) {
      return Optional.empty();
    }
    String nir = ((String) held.get(0)).strip();
    // crypto-shredding first: the data key, and with it (one statement, for the foreign key) the
    // content sealed under it; from here on nothing of the record can be decrypted
    long rows = count("select count(*) from document_content where record_id = ?1", id);
    rows +=
        delete(
            "with content as (delete from document_content where record_id = ?1)"
                + " delete from record_key where record_id = ?1",
            id);
    long codes =
        delete(
            "delete from document_confidentiality where document_id in"
                + " (select id from document_entry where record_id = ?1)",
            id);
    long entries = delete("delete from document_entry where record_id = ?1", id);
    rows += codes + entries;
    for (String table :
        List.of(
            "submission_set",
            "professional_access",
            "notification",
            "reimbursement_document",
            "patient_contact",
            "emergency_contact",
            "advance_directives",
            "vaccination")) {
      rows += delete("delete from " + table + " where record_id = ?1", id);
    }
    rows += deleteAccounts(id, nir);
    rows += delete("delete from legal_representative where record_id = ?1", id);
    rows += deleteByValue("delete from reimbursement_line where nir = ?1", nir);
    rows += deleteByValue("delete from opening_failure where nir = ?1", nir);
    rows += delete("delete from record where id = ?1", id);
    return Optional.of(new PurgedRecord(record, entries, rows));
  }

  /**
   * The patient's accounts, a representative's when this record was the only one they represented,
   * and the one-time codes sent to any of them (or to the NIR, for an online opening).
   */
  private long deleteAccounts(String id, String nir) {
    @SuppressWarnings("unchecked")
    List<Object> logins =
        em.createNativeQuery(
                "select login from account where kind = 'PATIENT' and actor_id = ?1 union"
                    + " select a.login from account a join legal_representative r"
                    + " on r.representative_id = a.actor_id and r.record_id = cast(?2 as uuid)"
                    + " where a.kind = 'REPRESENTATIVE' and not exists (select 1 from"
                    + " legal_representative o where o.representative_id = a.actor_id"
                    + " and o.record_id <> cast(?2 as uuid))")
            .setParameter(1, nir)
            .setParameter(2, id)
            .getResultList();
    long rows = deleteByValue("delete from one_time_code where subject = ?1", nir);
    for (Object login : logins) {
      rows += deleteByValue("delete from one_time_code where subject = ?1", (String) login);
      rows += deleteByValue("delete from account_role where login = ?1", (String) login);
      rows += deleteByValue("delete from account where login = ?1", (String) login);
    }
    return rows;
  }

  private long delete(String sql, String recordId) {
    return em.createNativeQuery(sql.replace("?1", "cast(?1 as uuid)"))
        .setParameter(1, recordId)
        .executeUpdate();
  }

  private long deleteByValue(String sql, String value) {
    return em.createNativeQuery(sql).setParameter(1, value).executeUpdate();
  }

  private long count(String sql, String recordId) {
    return ((Number)
            em.createNativeQuery(sql.replace("?1", "cast(?1 as uuid)"))
                .setParameter(1, recordId)
                .getSingleResult())
        .longValue();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }
}
