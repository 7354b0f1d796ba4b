package org.dmp.domain.information;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A French telephone number, kept in international form {@code +33} followed by nine digits. Read
 * from the ways people write it: {@code 06 12 34 56 78}, {@code 06.12.34.56.78}, {@code +33 6 12 34
 * 56 78}, {@code 0033612345678}.
 */
public record PhoneNumber(String value) {

  private static final Pattern NORMALISED = Pattern.compile("\\+33[1-9][0-9]{8}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/()]");

  public PhoneNumber {
    if (value == null || !NORMALISED.matcher(value).matches()) {
      throw invalid(value);
    }
  }

  /** The number as a person wrote it, normalised; refused with {@code PHONE_NUMBER}. */
  public static PhoneNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(
          "PHONE_NUMBER", "Indiquez un numéro de téléphone", "Give a telephone number");
    }
    String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
    if (compact.startsWith("0033")) {
      compact = "+33" + compact.substring(4);
    } else if (compact.startsWith("0")) {
      compact = "+33" + compact.substring(1);
    }
    if (!NORMALISED.matcher(compact).matches()) {
      throw invalid(text);
    }
    return new PhoneNumber(compact);
  }

  /** The number as French people read it: {@code 06 12 34 56 78}. */
  public String display() {
    String national = "0" + value.substring(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < national.length(); i += 2) {
      s.append(i == 0 ? "" : " ").append(national, i, i + 2);
    }
    return s.toString();
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException(
        "PHONE_NUMBER",
        "Numéro de téléphone invalide : « "
            + text
            + " ». Donnez un numéro français de 10 chiffres commençant par 0 (06 12 34 56 78)"
            + " ou par +33 (+33 6 12 34 56 78)",
        "Invalid telephone number: '"
            + text
            + "'. Give a French number of 10 digits starting with 0 (06 12 34 56 78)"
            + " or with +33 (+33 6 12 34 56 78)");
  }

  @Override
  public String toString() {
    return value;
  }
}
