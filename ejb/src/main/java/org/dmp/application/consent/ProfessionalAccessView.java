package org.dmp.application.consent;

import java.time.Instant;
import org.dmp.domain.consent.AuthorizationSource;
import org.dmp.domain.consent.ProfessionalAccess;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.professional.Rpps;

/** A professional's standing on a record, as the patient's "who may see my record" page shows. */
public record ProfessionalAccessView(
    Rpps rpps,
    AuthorizationStatus status,
    AuthorizationSource source,
    Instant authorizedAt,
    Instant authorizedUntil,
    boolean treatingRights) {

  static ProfessionalAccessView of(ProfessionalAccess a, Instant now) {
    return new ProfessionalAccessView(
        a.rpps(),
        a.status(now),
        a.source(),
        a.authorizedAt(),
        a.authorizedUntil(),
        a.treatingRights());
  }
}
