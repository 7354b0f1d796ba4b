package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public void save(Professional professional) {
    em.merge(professional);
  }
}
