package org.dmp.domain.information;

import java.util.UUID;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/** Identifies one entry of a vaccination record. */
public record VaccinationId(UUID value) {

  public VaccinationId {
    Require.present(value, "identifiant de la vaccination", "vaccination id");
  }

  public static VaccinationId generate() {
    return new VaccinationId(UUID.randomUUID());
  }

  /** Refused with {@code VACCINATION_ID} when not a UUID. */
  public static VaccinationId parse(String text) {
    try {
      return new VaccinationId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(
          "VACCINATION_ID",
          "Identifiant de vaccination invalide : « " + text + " »",
          "Invalid vaccination id: '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
