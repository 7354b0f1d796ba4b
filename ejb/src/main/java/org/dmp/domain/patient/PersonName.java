package org.dmp.domain.patient;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * The rule for a person's name as identity documents write it: letters (accented or not), spaces,
 * apostrophes, hyphens, dots and the commas that separate first names ("d'Artagnan", "LE
 * GOFF-DURAND", "Jeanne, Louise"), 100 characters at most. Anything else (markup, quotes,
 * semicolons, equals signs, digits, control characters) is no part of a name in the national
 * identity referential, and is refused rather than stored and echoed on every page and letter.
 */
public final class PersonName {

  /** The length of the name columns. */
  public static final int MAX = 100;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.,-]*");

  private PersonName() {}

  /** The name stripped, or PERSON_NAME if it is not a name (missing: MISSING_VALUE). */
  public static String checked(String value, String frenchField, String englishField) {
    String name = Require.present(value, frenchField, englishField).strip();
    if (name.length() > MAX || !NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "PERSON_NAME",
          frenchField
              + " refusé : lettres, espaces, apostrophes, traits d'union et points seulement, "
              + MAX
              + " caractères au plus",
          englishField
              + " refused: letters, spaces, apostrophes, hyphens and dots only, "
              + MAX
              + " characters at most");
    }
    return name;
  }
}
