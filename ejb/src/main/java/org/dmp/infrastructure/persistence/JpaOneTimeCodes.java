package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.dmp.domain.verification.CodePurpose;
import org.dmp.domain.verification.OneTimeCode;
import org.dmp.domain.verification.OneTimeCodes;

/** One-time codes in {@code one_time_code}. */
@ApplicationScoped
public class JpaOneTimeCodes implements OneTimeCodes {

  @PersistenceContext EntityManager em;

  @Override
  public void add(OneTimeCode code) {
    em.persist(code);
  }

  @Override
  public Optional<OneTimeCode> latest(CodePurpose purpose, String subject) {
    // locked: two tabs typing at once must not both spend the same attempt
    return em.createQuery(
            "select c from OneTimeCode c where c.purpose = :purpose and c.subject = :subject"
                + " order by c.createdAt desc",
            OneTimeCode.class)
        .setParameter("purpose", purpose)
        .setParameter("subject", subject)
        .setMaxResults(1)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countSince(CodePurpose purpose, String subject, Instant since) {
    return em.createQuery(
            "select count(c) from OneTimeCode c where c.purpose = :purpose"
                + " and c.subject = :subject and c.createdAt >= :since",
            Long.class)
        .setParameter("purpose", purpose)
        .setParameter("subject", subject)
        .setParameter("since", since)
        .getSingleResult();
  }
}
