package org.dmp.domain.professional;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * An organisation's identifier in the national register of health and social establishments
 * (FINESS): 9 characters, the first two the department (2A/2B in Corsica), under OID {@value #OID}.
 */
public record Finess(String value) {

  public static final String OID = "1.2.250.1.71.4.2.2";
  private static final Pattern FORM = Pattern.compile("(2A|2B|[0-9]{2})[0-9]{7}");

  public Finess {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "FINESS_FORM",
          "Numéro FINESS invalide : 9 caractères attendus, reçu « " + value + " »",
          "Invalid FINESS number: 9 characters expected, got '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
