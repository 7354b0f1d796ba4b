package org.dmp.application.professional;

import org.dmp.domain.professional.Professional;
import org.dmp.domain.professional.Rpps;

/** A professional as a page shows them: RPPS, name, profession, organisation. */
public record ProfessionalView(
    Rpps rpps,
    String familyName,
    String givenName,
    String professionFrench,
    String professionEnglish,
    String organisationName) {

  static ProfessionalView of(Professional p) {
    return new ProfessionalView(
        p.rpps(),
        p.familyName(),
        p.givenName(),
        p.profession().french(),
        p.profession().english(),
        p.organisationName());
  }

  /** "Given FAMILY", as people are named on the pages. */
  public String displayName() {
    return givenName + " " + familyName.toUpperCase();
  }
}
