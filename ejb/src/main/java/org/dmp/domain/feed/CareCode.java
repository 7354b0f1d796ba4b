package org.dmp.domain.feed;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The act or drug a reimbursement line pays for, written {@code SYSTEM:code}: a CCAM act ({@code
 * CCAM:YYYY010}), an NGAP act ({@code NGAP:C}), a drug by its CIP13 ({@code CIP13:3400930000000},
 * EAN-13 check digit verified), a hospital drug by its UCD ({@code UCD:3400890000000}), a device by
 * its LPP code ({@code LPP:1234567}) or a biology act by its NABM code ({@code NABM:1104}).
 */
public record CareCode(System system, String code) {

  /** The nomenclatures the insurer's lines use, each with the form of its codes. */
  public enum System {
    CCAM("[A-Z]{4}[0-9]{3}", "Actes médicaux (CCAM)", "Medical acts (CCAM)"),
    NGAP("[A-Z]{1,4}[0-9]{0,3}(\\.[0-9]{1,2})?", "Actes (NGAP)", "Acts (NGAP)"),
    CIP13("34009[0-9]{8}", "Médicament (CIP)", "Drug (CIP)"),
    UCD("34008[0-9]{8}", "Médicament hospitalier (UCD)", "Hospital drug (UCD)"),
    LPP("[0-9]{7}", "Dispositif médical (LPP)", "Medical device (LPP)"),
    NABM("[0-9]{4}", "Biologie (NABM)", "Biology (NABM)");

    private final Pattern form;
    private final String french;
    private final String english;

    System(String form, String french, String english) {
      this.form = Pattern.compile(form);
      this.french = french;
      this.english = english;
    }

    public String french() {
      return french;
    }

    public String english() {
      return english;
    }
  }

  public CareCode {
    if (system == null || code == null || !system.form.matcher(code).matches()) {
      throw invalid(system + ":" + code);
    }
    if (system == System.CIP13 && !ean13(code)) {
      throw new InvalidValueException(
          "CARE_CODE_KEY",
          "Clé du code CIP13 incorrecte : « " + code + " »",
          "Wrong check digit of the CIP13 code '" + code + "'");
    }
  }

  /** Reads {@code SYSTEM:code}. */
  public static CareCode parse(String written) {
    if (written == null) {
      throw invalid(null);
    }
    int colon = written.indexOf(':');
    if (colon < 0) {
      throw invalid(written);
    }
    System system;
    try {
      system = System.valueOf(written.substring(0, colon));
    } catch (IllegalArgumentException unknown) {
      throw invalid(written);
    }
    return new CareCode(system, written.substring(colon + 1));
  }

  /** The check digit of an EAN-13 (and so of a CIP13): weights 1 and 3 alternating. */
  static boolean ean13(String thirteen) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (thirteen.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == thirteen.charAt(12) - '0';
  }

  private static InvalidValueException invalid(String written) {
    return new InvalidValueException(
        "CARE_CODE",
        "Code d'acte ou de produit invalide : « "
            + written
            + " » (attendu CCAM:, NGAP:, CIP13:, UCD:, LPP: ou NABM: suivi du code)",
        "Invalid act or product code: '"
            + written
            + "' (expected CCAM:, NGAP:, CIP13:, UCD:, LPP: or NABM: followed by the code)");
  }

  @Override
  public String toString() {
    return system + ":" + code;
  }
}
