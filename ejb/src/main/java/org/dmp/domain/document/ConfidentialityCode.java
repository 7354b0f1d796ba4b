package org.dmp.domain.document;

import org.dmp.domain.shared.Coded;

/**
 * Confidentiality codes of a document. {@link #N} is HL7's "normal"; the others are the French
 * visibility flags: hidden from professionals, not shown to the patient until a professional has
 * announced it, not shown to the legal representatives.
 */
public enum ConfidentialityCode implements Coded {
  N("N", "2.16.840.1.113883.5.25", "Normal", "Normal"),
  MASQUE_PS(
      "MASQUE_PS",
      ConfidentialityCode.FRENCH_SYSTEM,
      "Document masqué aux professionnels de santé",
      "Hidden from health professionals"),
  INVISIBLE_PATIENT(
      "INVISIBLE_PATIENT",
      ConfidentialityCode.FRENCH_SYSTEM,
      "Document non visible par le patient",
      "Not visible to the patient"),
  INVISIBLE_REPRESENTANTS_LEGAUX(
      "INVISIBLE_REPRESENTANTS_LEGAUX",
      ConfidentialityCode.FRENCH_SYSTEM,
      "Document non visible par les représentants légaux du patient",
      "Not visible to the patient's legal representatives");

  private static final String FRENCH_SYSTEM = "1.2.250.1.213.1.1.4.13";

  private final String code;
  private final String codeSystem;
  private final String french;
  private final String english;

  ConfidentialityCode(String code, String codeSystem, String french, String english) {
    this.code = code;
    this.codeSystem = codeSystem;
    this.french = french;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  public String codeSystem() {
    return codeSystem;
  }

  @Override
  public String french() {
    return french;
  }

  @Override
  public String english() {
    return english;
  }

  public static ConfidentialityCode ofCode(String code) {
    return Coded.byCode(
        ConfidentialityCode.class, code, "CONFIDENTIALITY_CODE", "confidentialityCode");
  }
}
