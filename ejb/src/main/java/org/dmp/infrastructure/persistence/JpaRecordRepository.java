package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordRepository;

/** Records in the {@code record} table. */
@ApplicationScoped
public class JpaRecordRepository implements RecordRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Record> find(RecordId id) {
    return Optional.ofNullable(em.find(Record.class, id.value()));
  }

  @Override
  public Optional<Record> findByNir(Nir nir) {
    return em.createQuery("select r from Record r where r.insNir = :nir", Record.class)
        .setParameter("nir", nir.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Record> lockByNir(Nir nir) {
    // SQL rather than JPQL: the provider prepares a JPQL query with a lock mode again on every
    // call (a tenth of a feeding's server time); this one it only maps
    @SuppressWarnings("unchecked")
    List<Record> found =
        em.createNativeQuery("select * from record where ins_nir = ?1 for update", Record.class)
            .setParameter(1, nir.value())
            // the locked row's state, even if this transaction already holds the record
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    return found.stream().findFirst();
  }

  @Override
  public List<Record> lockAllByNir(List<Nir> nirs) {
    if (nirs.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Record> found =
        em.createNativeQuery(
                "select * from record where ins_nir = any (cast(?1 as bpchar[]))"
                    // the one order every multi-record lock takes (Documents.updateMetadata):
                    // by id, as PostgreSQL compares uuids (their text, byte by byte)
                    + " order by id for update",
                Record.class)
            .setParameter(1, nirs.stream().map(Nir::value).toArray(String[]::new))
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    return found;
  }

  @Override
  public Optional<Record> lock(RecordId id) {
    return Optional.ofNullable(em.find(Record.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(Record record) {
    em.persist(record);
  }
}
