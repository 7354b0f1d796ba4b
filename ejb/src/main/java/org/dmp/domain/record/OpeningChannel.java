package org.dmp.domain.record;

import java.util.Set;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.shared.InvalidValueException;

/** How a record was opened: kept for the insurer's statistics and the pharmacies' fee. */
public enum OpeningChannel {
  /** By the patient alone, on the portal. */
  ONLINE(Set.of(ActorKind.PATIENT)),
  /** By an agent at a health-insurance counter. */
  COUNTER(Set.of(ActorKind.COUNTER_AGENT)),
  /** By a pharmacist, at the pharmacy counter or from the pharmacy's software. */
  PHARMACY(Set.of(ActorKind.PHARMACIST_AT_COUNTER, ActorKind.PROFESSIONAL)),
  /** By a professional's practice software, with the patient's consent. */
  PROFESSIONAL(Set.of(ActorKind.PROFESSIONAL)),
  /** By an institution (hospital, nursing home), for one of its professionals. */
  INSTITUTION(Set.of(ActorKind.PROFESSIONAL));

  private final Set<ActorKind> openers;

  OpeningChannel(Set<ActorKind> openers) {
    this.openers = openers;
  }

  /** Refuses a channel that does not go with who opens: an agent opens at the counter. */
  public void checkOpenedBy(ActorKind opener) {
    if (!openers.contains(opener)) {
      throw new InvalidValueException(
          "OPENING_CHANNEL",
          "Canal d'ouverture " + this + " impossible pour : " + opener.french(),
          "Opening channel " + this + " does not go with: " + opener.english());
    }
  }
}
