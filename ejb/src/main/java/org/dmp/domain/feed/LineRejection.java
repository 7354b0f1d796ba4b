package org.dmp.domain.feed;

import org.dmp.domain.shared.DmpException;

/**
 * A line of an import file that was not taken, with its line number (from 1) and why, in French
 * then English like every message of the record.
 */
public record LineRejection(long lineNumber, String code, String french, String english) {

  /** A line refused because one of its values broke a rule of the domain. */
  public static LineRejection of(long lineNumber, DmpException refusal) {
    String message = refusal.getMessage();
    int split = message.indexOf(" / ");
    return split < 0
        ? new LineRejection(lineNumber, refusal.code(), message, message)
        : new LineRejection(
            lineNumber, refusal.code(), message.substring(0, split), message.substring(split + 3));
  }

  /** A line that is not a JSON object. */
  public static LineRejection notJson(long lineNumber, String detail) {
    return new LineRejection(
        lineNumber,
        "NOT_JSON",
        "La ligne n'est pas un objet JSON : " + detail,
        "The line is not a JSON object: " + detail);
  }

  /** A line where a field is not a string (or a number for the amount). */
  public static LineRejection fieldType(long lineNumber, String field) {
    return new LineRejection(
        lineNumber,
        "FIELD_TYPE",
        "Le champ « " + field + " » n'a pas le type attendu",
        "The field '" + field + "' does not have the expected type");
  }
}
