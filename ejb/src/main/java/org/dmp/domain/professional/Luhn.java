package org.dmp.domain.professional;

/** The Luhn check digit used by RPPS numbers. */
final class Luhn {

  private Luhn() {}

  static boolean isValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** The digit to append to {@code digits} to make a valid Luhn number. */
  static int checkDigit(String digits) {
    for (int d = 0; d <= 9; d++) {
      if (isValid(digits + d)) {
        return d;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
