package org.dmp.domain.actor;

import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.shared.Require;

/**
 * What a professional is when they act: profession, specialty and the organisation they act in, as
 * their card or their software's signed assertion states it. The access rules depend on it (a
 * treating physician is a doctor; occupational physicians have no access by default).
 *
 * @param organisation the organisation's FINESS, {@code null} when it has none (a practice known by
 *     another national id)
 * @param organisationName the organisation's name as the assertion gives it, or {@code null}; kept
 *     where the organisation is paid or shown (a pharmacy's openings)
 */
public record ProfessionalRole(
    Profession profession, Specialty specialty, Finess organisation, String organisationName) {

  public ProfessionalRole {
    Require.present(profession, "profession", "profession");
    organisationName =
        organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
  }

  /** A role whose organisation's name is not known. */
  public ProfessionalRole(Profession profession, Specialty specialty, Finess organisation) {
    this(profession, specialty, organisation, null);
  }
}
