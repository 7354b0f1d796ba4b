package org.dmp.domain.professional;

import java.util.Optional;

/** The directory of known professionals. */
public interface ProfessionalDirectory {

  Optional<Professional> find(Rpps rpps);

  /** Records a professional, or updates what the directory knows of them. */
  void save(Professional professional);
}
