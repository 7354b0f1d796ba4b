package org.dmp.domain.professional;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A professional's national identifier (RPPS): 11 digits, the last a Luhn check digit, under OID
 * {@value #OID}.
 */
public record Rpps(String value) {

  public static final String OID = "1.2.250.1.71.4.2.1";
  private static final Pattern FORM = Pattern.compile("[0-9]{11}");

  public Rpps {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "RPPS_FORM",
          "Numéro RPPS invalide : 11 chiffres attendus, reçu « " + value + " »",
          "Invalid RPPS number: 11 digits expected, got '" + value + "'");
    }
    if (!Luhn.isValid(value)) {
      throw new InvalidValueException(
          "RPPS_KEY",
          "Clé du numéro RPPS incorrecte : « " + value + " »",
          "Wrong check digit in RPPS number '" + value + "'");
    }
  }

  /** The RPPS made of these 10 digits and their check digit. */
  public static Rpps withCheckDigit(String tenDigits) {
    return new Rpps(tenDigits + Luhn.checkDigit(tenDigits));
  }

  @Override
  public String toString() {
    return value;
  }
}
