package org.dmp.domain.actor;

import org.dmp.domain.patient.Ins;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * Somebody (or something) acting on a record: their kind, their identifier in that kind's namespace
 * (an RPPS for a professional, the INS for the patient, a login for a counter agent or a
 * representative, a system id for a feeding system), the name shown in the patient's access
 * history, and for a professional their role (profession, specialty, organisation).
 */
public record Actor(ActorKind kind, String id, String displayName, ProfessionalRole role) {

  public Actor {
    Require.present(kind, "type d'acteur", "actor kind");
    Require.present(id, "identifiant de l'acteur", "actor id");
    displayName = displayName == null || displayName.isBlank() ? id : displayName;
    if (kind == ActorKind.PROFESSIONAL && role == null) {
      throw new InvalidValueException(
          "PROFESSIONAL_ROLE",
          "Un professionnel agit avec sa profession (et sa spécialité) : elle manque",
          "A professional acts with their profession (and specialty): it is missing");
    }
  }

  /** An actor that is not a professional. */
  public Actor(ActorKind kind, String id, String displayName) {
    this(kind, id, displayName, null);
  }

  public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, "dmp", "Serveur DMP");

  public static Actor professional(Rpps rpps, String name, ProfessionalRole role) {
    return new Actor(ActorKind.PROFESSIONAL, rpps.value(), name, role);
  }

  public static Actor patient(Ins ins, String name) {
    return new Actor(ActorKind.PATIENT, ins.value(), name);
  }

  /** The reference stored beside what the actor did: {@code KIND:id}. */
  public String reference() {
    return kind + ":" + id;
  }

  /** This professional's RPPS; only for professionals. */
  public Rpps rpps() {
    if (kind != ActorKind.PROFESSIONAL) {
      throw new IllegalStateException(this + " is not a professional");
    }
    return new Rpps(id);
  }
}
