package org.dmp.application.feed;

/**
 * The common case of a reimbursement line read without a JSON parser: one flat object whose values
 * are strings without escapes, plain numbers or null. Anything else (an escape, a nested value,
 * true/false, a syntax error) answers {@code null} and the line is read by the JSON-P parser, which
 * stays the judge of what is JSON. Creating a JSON-P parser for each of a million short lines cost
 * more than checking them.
 */
final class FlatJson {

  private FlatJson() {}

  /**
   * The six fields' values into {@code values} (by {@link #field}); false if the line is not of the
   * simple form (then {@code values} is to be ignored).
   */
  static boolean read(String line, String[] values) {
    int n = line.length();
    int i = skip(line, 0);
    if (i >= n || line.charAt(i) != '{') {
      return false;
    }
    i = skip(line, i + 1);
    if (i < n && line.charAt(i) == '}') {
      return skip(line, i + 1) == n;
    }
    while (true) {
      if (i >= n || line.charAt(i) != '"') {
        return false;
      }
      int keyEnd = stringEnd(line, i + 1);
      if (keyEnd < 0) {
        return false;
      }
      int field = field(line.substring(i + 1, keyEnd));
      i = skip(line, keyEnd + 1);
      if (i >= n || line.charAt(i) != ':') {
        return false;
      }
      i = skip(line, i + 1);
      if (i >= n) {
        return false;
      }
      char c = line.charAt(i);
      String value;
      if (c == '"') {
        int end = stringEnd(line, i + 1);
        if (end < 0) {
          return false;
        }
        value = line.substring(i + 1, end);
        i = end + 1;
      } else if (line.startsWith("null", i)) {
        value = null;
        i += 4;
      } else {
        int end = numberEnd(line, i);
        if (end < 0 || field != 5) {
          return false; // a number where a string is expected: the parser says FIELD_TYPE
        }
        value = line.substring(i, end);
        i = end;
      }
      if (field >= 0) {
        values[field] = value;
      }
      i = skip(line, i);
      if (i >= n) {
        return false;
      }
      if (line.charAt(i) == '}') {
        return skip(line, i + 1) == n;
      }
      if (line.charAt(i) != ',') {
        return false;
      }
      i = skip(line, i + 1);
    }
  }

  /** The index of the closing quote of a string without escapes or control characters, or -1. */
  private static int stringEnd(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a JSON number ({@code -?int(.digits)?([eE][+-]?digits)?}), or -1. */
  private static int numberEnd(String line, int from) {
    int i = from;
    int n = line.length();
    if (i < n && line.charAt(i) == '-') {
      i++;
    }
    int digits = digits(line, i);
    if (digits == i || (line.charAt(i) == '0' && digits > i + 1)) {
      return -1;
    }
    i = digits;
    if (i < n && line.charAt(i) == '.') {
      int fraction = digits(line, i + 1);
      if (fraction == i + 1) {
        return -1;
      }
      i = fraction;
    }
    if (i < n && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
      i++;
      if (i < n && (line.charAt(i) == '+' || line.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(line, i);
      if (exponent == i) {
        return -1;
      }
      i = exponent;
    }
    return i;
  }

  private static int digits(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Past JSON whitespace. */
  private static int skip(String line, int from) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The index of a field of a reimbursement line in the values read, or -1 if not one. */
  static int field(String key) {
    return switch (key) {
      case "ins" -> 0;
      case "date" -> 1;
      case "code" -> 2;
      case "prescriber" -> 3;
      case "provider" -> 4;
      case "amount" -> 5;
      default -> -1;
    };
  }
}
