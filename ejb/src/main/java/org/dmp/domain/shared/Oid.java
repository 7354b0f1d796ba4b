package org.dmp.domain.shared;

import java.util.regex.Pattern;

/**
 * An ISO object identifier in dotted form ({@code 1.2.250.1.213.1.4.8}), as used for identifier
 * namespaces, code systems and document unique ids.
 */
public record Oid(String value) {

  private static final Pattern FORM = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
  private static final int MAX_LENGTH = 64;

  public Oid {
    if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "OID_FORM",
          "Identifiant d'objet (OID) invalide : « " + value + " »",
          "Invalid object identifier (OID): '" + value + "'");
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
