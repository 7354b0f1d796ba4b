package org.dmp.domain.shared;

/** Checks of mandatory values that raise the domain's own error rather than a bare NPE. */
public final class Require {

  private Require() {}

  /** Returns the value, or refuses the request naming the missing field in both languages. */
  public static <T> T present(T value, String frenchName, String englishName) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new MissingValueException(frenchName, englishName);
    }
    return value;
  }

  /** A mandatory value is absent. */
  public static final class MissingValueException extends InvalidValueException {
    public MissingValueException(String frenchName, String englishName) {
      super(
          "MISSING_VALUE",
          "Valeur obligatoire absente : " + frenchName,
          "Missing mandatory value: " + englishName);
    }
  }
}
