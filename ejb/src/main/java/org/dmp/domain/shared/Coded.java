package org.dmp.domain.shared;

/**
 * A value of a national nomenclature: its code, and its label in French and English. Implemented by
 * the enums that hold the nomenclatures the rules depend on.
 */
public interface Coded {

  String code();

  String french();

  String english();

  /**
   * The value of {@code type} with this code, or a refusal naming the nomenclature.
   *
   * @param nomenclature the nomenclature's name as people know it, e.g. {@code classCode (TRE_A03)}
   */
  static <E extends Enum<E> & Coded> E byCode(
      Class<E> type, String code, String errorCode, String nomenclature) {
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    throw new InvalidValueException(
        errorCode,
        "Code inconnu de la nomenclature " + nomenclature + " : « " + code + " »",
        "Unknown code in nomenclature " + nomenclature + ": '" + code + "'");
  }
}
