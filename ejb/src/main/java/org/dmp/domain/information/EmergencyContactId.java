package org.dmp.domain.information;

import java.util.UUID;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/** Identifies one person to notify of one record. */
public record EmergencyContactId(UUID value) {

  public EmergencyContactId {
    Require.present(value, "identifiant de la personne à prévenir", "emergency contact id");
  }

  public static EmergencyContactId generate() {
    return new EmergencyContactId(UUID.randomUUID());
  }

  /** Refused with {@code EMERGENCY_CONTACT_ID} when not a UUID. */
  public static EmergencyContactId parse(String text) {
    try {
      return new EmergencyContactId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(
          "EMERGENCY_CONTACT_ID",
          "Identifiant de personne à prévenir invalide : « " + text + " »",
          "Invalid emergency contact id: '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
