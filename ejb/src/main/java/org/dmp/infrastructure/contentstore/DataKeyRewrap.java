package org.dmp.infrastructure.contentstore;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;

/**
 * One step of a master key rotation, each in its own transaction: a batch of data keys re-wrapped
 * under the current master key (the data keys themselves, hence the documents' ciphertexts, stay as
 * they are), or an emptied master key retired.
 */
@Stateless
@PermitAll // internal: called by the rotation job, never by a boundary
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DataKeyRewrap {

  @PersistenceContext EntityManager em;
  @Inject MasterKeys masterKeys;
  @Inject Clock clock;

  /**
   * Re-wraps up to {@code size} data keys wrapped under another key than the current one.
   *
   * @return how many (0: none left)
   */
  public int batch(int size) {
    MasterKeys.Current current = masterKeys.current();
    List<RecordKeyRow> rows =
        em.createQuery(
                "select k from RecordKeyRow k where k.masterAlias <> :current", RecordKeyRow.class)
            .setParameter("current", current.alias())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(size)
            .getResultList();
    for (RecordKeyRow row : rows) {
      byte[] raw;
      try {
        raw =
            DataKeyWrapping.unwrap(
                masterKeys.key(row.masterAlias()), row.wrappedKey(), row.recordId());
      } catch (AEADBadTagException e) {
        throw new IllegalStateException(
            "The data key of record "
                + row.recordId()
                + " does not open under master key '"
                + row.masterAlias()
                + "': rotation stopped there",
            e);
      }
      row.rewrap(current.alias(), DataKeyWrapping.wrap(current.key(), raw, row.recordId()));
      Arrays.fill(raw, (byte) 0);
    }
    return rows.size();
  }

  /**
   * Retires this master key if no data key is wrapped under it any more. Its registry row is locked
   * first: a record key being created under it (which holds the row in share mode) is committed
   * before the check, and one created after sees the key retired.
   *
   * @return whether it is retired now
   */
  public boolean retireIfUnused(String alias) {
    List<?> open =
        em.createNativeQuery(
                "select alias from master_key where alias = ?1 and retired_at is null for update")
            .setParameter(1, alias)
            .getResultList();
    if (open.isEmpty()) {
      return false;
    }
    List<?> used =
        em.createNativeQuery("select 1 from record_key where master_alias = ?1 limit 1")
            .setParameter(1, alias)
            .getResultList();
    if (!used.isEmpty()) {
      return false;
    }
    em.createNativeQuery("update master_key set retired_at = ?2 where alias = ?1")
        .setParameter(1, alias)
        .setParameter(2, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
    return true;
  }
}
