package org.dmp.domain.professional;

import java.util.List;
import java.util.Optional;

/** The directory of known professionals. */
public interface ProfessionalDirectory {

  Optional<Professional> find(Rpps rpps);

  /**
   * Professionals whose family name starts with {@code name}, case ignored, by family then given
   * name, at most {@code limit}.
   */
  List<Professional> searchByName(String name, int limit);

  /** Records a professional, or updates what the directory knows of them. */
  void save(Professional professional);
}
