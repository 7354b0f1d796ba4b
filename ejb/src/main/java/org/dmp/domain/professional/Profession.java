package org.dmp.domain.professional;

import org.dmp.domain.shared.Coded;

/** Professions of the national nomenclature G15 (TRE_G15-ProfessionSante) that use the DMP. */
public enum Profession implements Coded {
  DOCTOR("10", "Médecin", "Doctor"),
  PHARMACIST("21", "Pharmacien", "Pharmacist"),
  HEARING_AID_SPECIALIST("26", "Audioprothésiste", "Hearing aid specialist"),
  OPTICIAN("28", "Opticien-lunetier", "Optician"),
  DENTIST("40", "Chirurgien-dentiste", "Dentist"),
  MIDWIFE("50", "Sage-femme", "Midwife"),
  NURSE("60", "Infirmier", "Nurse"),
  PHYSIOTHERAPIST("70", "Masseur-kinésithérapeute", "Physiotherapist"),
  PODIATRIST("80", "Pédicure-podologue", "Podiatrist"),
  LAB_TECHNICIAN("86", "Technicien de laboratoire médical", "Medical laboratory technician"),
  SPEECH_THERAPIST("91", "Orthophoniste", "Speech therapist"),
  ORTHOPTIST("92", "Orthoptiste", "Orthoptist"),
  OCCUPATIONAL_THERAPIST("94", "Ergothérapeute", "Occupational therapist"),
  DIETITIAN("95", "Diététicien", "Dietitian"),
  PSYCHOMOTOR_THERAPIST("96", "Psychomotricien", "Psychomotor therapist"),
  RADIOGRAPHER("98", "Manipulateur ERM", "Radiographer");

  /** The OID of the G15 nomenclature. */
  public static final String CODE_SYSTEM = "1.2.250.1.71.1.2.7";

  private final String code;
  private final String french;
  private final String english;

  Profession(String code, String french, String english) {
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

  public static Profession ofCode(String code) {
    return Coded.byCode(Profession.class, code, "PROFESSION_CODE", "profession (TRE_G15)");
  }
}
