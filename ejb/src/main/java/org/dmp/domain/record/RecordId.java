package org.dmp.domain.record;

import java.util.UUID;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/** The record's own identifier, never shown to the patient and independent of the INS. */
public record RecordId(UUID value) {

  public RecordId {
    Require.present(value, "identifiant du dossier", "record id");
  }

  public static RecordId generate() {
    return new RecordId(UUID.randomUUID());
  }

  public static RecordId parse(String text) {
    try {
      return new RecordId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(
          "RECORD_ID",
          "Identifiant de dossier invalide : « " + text + " »",
          "Invalid record id: '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
