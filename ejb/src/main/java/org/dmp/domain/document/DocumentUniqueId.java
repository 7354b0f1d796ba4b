package org.dmp.domain.document;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A document's unique id (XDS uniqueId): an OID, optionally followed by {@code ^} and an extension,
 * at most 128 characters. Unique across the whole DMP, and the same for every metadata version of a
 * document.
 */
public record DocumentUniqueId(String value) {

  private static final Pattern FORM =
      Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+(\\^[A-Za-z0-9.\\-_]{1,64})?");

  public DocumentUniqueId {
    if (value == null || value.length() > 128 || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "DOCUMENT_UNIQUE_ID",
          "Identifiant unique de document invalide (OID attendu) : « " + value + " »",
          "Invalid document unique id (an OID expected): '" + value + "'");
    }
  }

  /**
   * A new id for a document this server writes itself: an OID under 2.25 (a random UUID as an
   * integer, ITU-T X.667), unique without a registry.
   */
  public static DocumentUniqueId generate() {
    java.util.UUID u = java.util.UUID.randomUUID();
    byte[] bytes =
        java.nio.ByteBuffer.allocate(16)
            .putLong(u.getMostSignificantBits())
            .putLong(u.getLeastSignificantBits())
            .array();
    return new DocumentUniqueId("2.25." + new java.math.BigInteger(1, bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
