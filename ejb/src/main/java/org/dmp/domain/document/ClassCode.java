package org.dmp.domain.document;

import org.dmp.domain.shared.Coded;

/** The broad class of a document (XDS classCode), nomenclature TRE_A03 of the CI-SIS. */
public enum ClassCode implements Coded {
  REPORT("10", "Compte rendu", "Report"),
  SYNTHESIS("11", "Synthèse", "Synthesis"),
  IMAGING("31", "Imagerie médicale", "Medical imaging"),
  PRESCRIPTION("42", "Prescription", "Prescription"),
  DISPENSATION("43", "Dispensation", "Dispensation"),
  CARE_PLAN("44", "Plan de soins", "Care plan"),
  ADMINISTERED_TREATMENT("45", "Traitement administré", "Administered treatment"),
  CERTIFICATE("52", "Certificat", "Certificate"),
  REIMBURSEMENT_DATA("60", "Données de remboursement", "Reimbursement data"),
  DEPOSITED_BY_PATIENT("90", "Document déposé par le patient", "Document added by the patient"),
  MANAGEMENT("95", "Document de gestion", "Management document");

  /** The OID of TRE_A03, the codingScheme of classCode. */
  public static final String CODE_SYSTEM = "1.2.250.1.213.1.1.4.1";

  private final String code;
  private final String french;
  private final String english;

  ClassCode(String code, String french, String english) {
    this.code = code;
    this.french = french;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String french() {
    return french;
  }

  @Override
  public String english() {
    return english;
  }

  public static ClassCode ofCode(String code) {
    return Coded.byCode(ClassCode.class, code, "CLASS_CODE", "classCode (TRE_A03)");
  }
}
