package org.dmp.domain.actor;

import org.dmp.domain.shared.Require;

/**
 * Somebody (or something) acting on a record: their kind, their identifier in that kind's namespace
 * (an RPPS for a professional, a login for a counter agent, an INS for a patient) and the name
 * shown in the patient's access history.
 */
public record Actor(ActorKind kind, String id, String displayName) {

  public Actor {
    Require.present(kind, "type d'acteur", "actor kind");
    Require.present(id, "identifiant de l'acteur", "actor id");
    displayName = displayName == null || displayName.isBlank() ? id : displayName;
  }

  public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, "dmp", "Serveur DMP");

  /** The reference stored beside what the actor did: {@code KIND:id}. */
  public String reference() {
    return kind + ":" + id;
  }
}
