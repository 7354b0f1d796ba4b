package org.dmp.domain.document;

import java.util.UUID;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * The identifier of one metadata version of a document (XDS entryUUID). Written on the wire as
 * {@code urn:uuid:…}.
 */
public record EntryUuid(UUID value) {

  private static final String PREFIX = "urn:uuid:";

  public EntryUuid {
    Require.present(value, "entryUUID", "entryUUID");
  }

  public static EntryUuid generate() {
    return new EntryUuid(UUID.randomUUID());
  }

  /** Reads {@code urn:uuid:…} or a bare UUID. */
  public static EntryUuid parse(String text) {
    String bare = text != null && text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    try {
      return new EntryUuid(UUID.fromString(bare));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(
          "ENTRY_UUID",
          "entryUUID invalide (urn:uuid:… attendu) : « " + text + " »",
          "Invalid entryUUID (urn:uuid:… expected): '" + text + "'");
    }
  }

  public String urn() {
    return PREFIX + value;
  }

  @Override
  public String toString() {
    return urn();
  }
}
