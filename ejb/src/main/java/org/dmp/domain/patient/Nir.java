package org.dmp.domain.patient;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A social-security number (NIR) with its two-digit key: 13 characters then the key, 15 in all.
 *
 * <p>The key is {@code 97 - (n mod 97)} where {@code n} is the 13 characters read as a number;
 * Corsican departments 2A and 2B are read as 19 and 18 for that computation only. Spaces typed
 * between groups are ignored, letters are upper-cased.
 */
public record Nir(String value) {

  private static final Pattern FORM =
      Pattern.compile("[1-8][0-9]{4}(2A|2B|[0-9]{2})[0-9]{6}[0-9]{2}");

  public Nir {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "NIR_FORM",
          "NIR invalide : 13 caractères suivis d'une clé de 2 chiffres attendus, reçu « "
              + value
              + " »",
          "Invalid NIR: 13 characters followed by a 2-digit key expected, got '" + value + "'");
    }
    int expected = keyOf(value.substring(0, 13));
    int given = Integer.parseInt(value.substring(13));
    if (expected != given) {
      throw new InvalidValueException(
          "NIR_KEY",
          "Clé du NIR incorrecte pour « " + value.substring(0, 13) + " » : vérifiez la saisie",
          "Wrong NIR key for '" + value.substring(0, 13) + "': check what was typed");
    }
  }

  /** Reads a NIR as typed or printed: spaces removed, letters upper-cased, key checked. */
  public static Nir parse(String typed) {
    return new Nir(typed == null ? null : typed.replace(" ", "").toUpperCase());
  }

  /** The key of the first 13 characters of a NIR. */
  public static int keyOf(String thirteen) {
    String digits = thirteen.replace("2A", "19").replace("2B", "18");
    return 97 - (int) (Long.parseLong(digits) % 97);
  }

  /** The 13 characters without the key. */
  public String withoutKey() {
    return value.substring(0, 13);
  }

  @Override
  public String toString() {
    return value;
  }
}
