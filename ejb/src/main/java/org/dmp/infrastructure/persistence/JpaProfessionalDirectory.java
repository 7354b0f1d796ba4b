package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.professional.Professional;
import org.dmp.domain.professional.ProfessionalDirectory;
import org.dmp.domain.professional.Rpps;

/** The professional directory in the {@code professional} table. */
@ApplicationScoped
public class JpaProfessionalDirectory implements ProfessionalDirectory {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Professional> find(Rpps rpps) {
    return Optional.ofNullable(em.find(Professional.class, rpps.value()));
  }

  @Override
  public List<Professional> searchByName(String name, int limit) {
    // LIKE wildcards typed by a person are taken literally
    String prefix =
        name.strip().toUpperCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return em.createQuery(
            "select p from Professional p where upper(p.familyName) like :prefix escape '\\'"
                + " order by p.familyName, p.givenName, p.rpps",
            Professional.class)
        .setParameter("prefix", prefix + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void save(Professional professional) {
    em.merge(professional);
  }
}
