package org.dmp.domain.policy;

import java.util.Set;

/**
 * The policy's configuration switches.
 *
 * @param occupationalPhysiciansAllowed whether occupational physicians may access records with the
 *     patient's consent like any professional (the law since 2022); off, they have no access at all
 *     (as at the 2018 generalisation)
 * @param occupationalSpecialties the specialty codes (R38) of occupational medicine
 */
public record PolicySettings(
    boolean occupationalPhysiciansAllowed, Set<String> occupationalSpecialties) {

  /** Specialty SM25, "Médecine du travail". */
  public static final Set<String> OCCUPATIONAL_MEDICINE = Set.of("SM25");

  public PolicySettings {
    occupationalSpecialties = Set.copyOf(occupationalSpecialties);
  }

  /** The default: no access for occupational physicians. */
  public static PolicySettings defaults() {
    return new PolicySettings(false, OCCUPATIONAL_MEDICINE);
  }
}
