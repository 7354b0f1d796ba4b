package org.dmp.domain.information;

import java.time.LocalDate;
import org.dmp.domain.shared.InvalidValueException;

/** The checks the values of this package share: trimmed text of bounded length, plausible dates. */
final class Texts {

  /** No date of the record is older than this: a person's life fits after it. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private Texts() {}

  /** The text trimmed, or null when absent or blank. */
  static String optional(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** The text trimmed; refused with {@code code} when blank or longer than {@code max}. */
  static String required(String text, int max, String code, String frenchName, String englishName) {
    String value = optional(text);
    if (value == null) {
      throw new InvalidValueException(
          code,
          "Indiquez " + frenchName + " : ce champ est obligatoire",
          "Give " + englishName + ": this field is mandatory");
    }
    return bounded(value, max, code, frenchName, englishName);
  }

  /** The text trimmed (null when blank); refused with {@code code} when longer than {@code max}. */
  static String bounded(String text, int max, String code, String frenchName, String englishName) {
    String value = optional(text);
    if (value != null && value.length() > max) {
      throw new InvalidValueException(
          code,
          "Raccourcissez "
              + frenchName
              + " : "
              + max
              + " caractères au plus ("
              + value.length()
              + " donnés)",
          "Shorten "
              + englishName
              + ": "
              + max
              + " characters at most ("
              + value.length()
              + " given)");
    }
    if (value != null
        && value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidValueException(
          code,
          "Retirez les caractères de contrôle de " + frenchName,
          "Remove the control characters from " + englishName);
    }
    return value;
  }

  /** Refuses a date before 1900 or, when {@code today} is given, after it. */
  static LocalDate plausibleDate(
      LocalDate date, LocalDate today, String code, String frenchName, String englishName) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(EARLIEST)) {
      throw new InvalidValueException(
          code,
          "Vérifiez " + frenchName + " : elle ne peut pas être antérieure au 01/01/1900",
          "Check " + englishName + ": it cannot be before 1900-01-01");
    }
    if (today != null && date.isAfter(today)) {
      throw new InvalidValueException(
          code,
          "Vérifiez " + frenchName + " : elle ne peut pas être dans le futur",
          "Check " + englishName + ": it cannot be in the future");
    }
    return date;
  }
}
