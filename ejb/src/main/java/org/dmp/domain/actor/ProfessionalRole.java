package org.dmp.domain.actor;

import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.shared.Require;

/**
 * What a professional is when they act: profession, specialty and the organisation they act in, as
 * their card or their software's signed assertion states it. The access rules depend on it (a
 * treating physician is a doctor; occupational physicians have no access by default).
 */
public record ProfessionalRole(Profession profession, Specialty specialty, Finess organisation) {

  public ProfessionalRole {
    Require.present(profession, "profession", "profession");
  }
}
