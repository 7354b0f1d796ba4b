package org.dmp.domain.professional;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A professional's specialty in the R38 nomenclature (ordinal specialties, such as {@code SM54}
 * general medicine), under OID {@value #CODE_SYSTEM}.
 */
public record Specialty(String code) {

  public static final String CODE_SYSTEM = "1.2.250.1.71.4.2.5";
  private static final Pattern FORM = Pattern.compile("[A-Z]{1,4}[0-9]{1,3}");

  public Specialty {
    if (code == null || !FORM.matcher(code).matches()) {
      throw new InvalidValueException(
          "SPECIALTY_CODE",
          "Code de spécialité invalide : « " + code + " »",
          "Invalid specialty code: '" + code + "'");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
