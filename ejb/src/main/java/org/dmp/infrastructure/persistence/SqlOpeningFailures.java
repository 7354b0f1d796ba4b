package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.opening.OpeningFailures;

/** Failed online openings in {@code opening_failure}. */
@ApplicationScoped
public class SqlOpeningFailures implements OpeningFailures {

  @PersistenceContext EntityManager em;

  @Override
  public void add(String nir, Reason reason, Instant at) {
    em.createNativeQuery(
            "insert into opening_failure (id, nir, reason, failed_at) values (cast(?1 as uuid), ?2, ?3, ?4)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, nir)
        .setParameter(3, reason.name())
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public long countSince(String nir, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from opening_failure where nir = ?1 and failed_at >= ?2")
                .setParameter(1, nir)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult())
        .longValue();
  }
}
