package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.consent.ConsentRepository;
import org.dmp.domain.consent.LegalRepresentative;
import org.dmp.domain.consent.ProfessionalAccess;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.RecordId;

/** Consent decisions in {@code professional_access} and {@code legal_representative}. */
@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public Optional<ProfessionalAccess> access(RecordId record, Rpps rpps) {
    return em.createQuery(
            "select a from ProfessionalAccess a where a.recordId = :r and a.rpps = :p",
            ProfessionalAccess.class)
        .setParameter("r", record.value())
        .setParameter("p", rpps.value())
        .getResultStream()
        .findFirst();
  }

  /** Callers hold the record's lock, so two transactions never create the same row. */
  @Override
  public ProfessionalAccess accessForUpdate(RecordId record, Rpps rpps) {
    return access(record, rpps)
        .orElseGet(
            () -> {
              ProfessionalAccess created = new ProfessionalAccess(record, rpps, clock.instant());
              em.persist(created);
              return created;
            });
  }

  @Override
  public List<ProfessionalAccess> accesses(RecordId record) {
    return em.createQuery(
            "select a from ProfessionalAccess a where a.recordId = :r order by a.updatedAt desc",
            ProfessionalAccess.class)
        .setParameter("r", record.value())
        .getResultList();
  }

  @Override
  public List<RecordId> representedBy(String representativeId) {
    return em
        .createQuery(
            "select l.recordId from LegalRepresentative l where l.representativeId = :i"
                + " order by l.addedAt",
            java.util.UUID.class)
        .setParameter("i", representativeId)
        .getResultList()
        .stream()
        .map(RecordId::new)
        .toList();
  }

  @Override
  public boolean isRepresentative(RecordId record, String representativeId) {
    return !em.createQuery(
            "select l.id from LegalRepresentative l where l.recordId = :r"
                + " and l.representativeId = :i",
            java.util.UUID.class)
        .setParameter("r", record.value())
        .setParameter("i", representativeId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<LegalRepresentative> representatives(RecordId record) {
    return em.createQuery(
            "select l from LegalRepresentative l where l.recordId = :r order by l.addedAt",
            LegalRepresentative.class)
        .setParameter("r", record.value())
        .getResultList();
  }

  @Override
  public void add(LegalRepresentative representative) {
    em.persist(representative);
  }

  @Override
  public void remove(LegalRepresentative representative) {
    em.remove(representative);
  }
}
