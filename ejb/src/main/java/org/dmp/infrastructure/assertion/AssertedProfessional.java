package org.dmp.infrastructure.assertion;

import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.professional.Rpps;

/**
 * The professional a verified assertion vouches for, as the endpoints need them.
 *
 * @param rpps the professional's national id (NameID, with the DMP's {@code 8} prefix removed)
 * @param displayName the name shown in the patient's access history; the RPPS when not given
 * @param role profession, specialty and, when the organisation has one, its FINESS
 * @param organisationId the organisation's Struct_IdNat as sent ({@code 1} + FINESS, {@code 3} +
 *     SIRET…), kept because a practice without a FINESS has no {@link
 *     ProfessionalRole#organisation}
 * @param mode normal, break-glass or centre 15, from the purpose of use
 * @param reason the emergency reason the software sent, or null
 * @param softwareName the practice software (LPS_Nom)
 * @param softwareVersion its version (LPS_Version)
 * @param softwareApproval its DMP approval number (LPS_ID_HOMOLOGATION_DMP), or null
 * @param assertionId the assertion's ID, for the audit trail
 */
public record AssertedProfessional(
    Rpps rpps,
    String displayName,
    ProfessionalRole role,
    String organisationId,
    AccessMode mode,
    String reason,
    String softwareName,
    String softwareVersion,
    String softwareApproval,
    String assertionId) {

  /** The caller the application services take: this professional, on that channel, in this mode. */
  public Caller toCaller(Channel channel) {
    Actor actor = Actor.professional(rpps, displayName, role);
    // a reason only means something in an emergency mode (Caller: null in normal mode)
    return new Caller(actor, channel, mode, mode == AccessMode.NORMAL ? null : reason);
  }
}
