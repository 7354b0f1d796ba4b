package org.dmp.domain.information;

import java.time.LocalDate;
import org.dmp.domain.shared.InvalidValueException;

/**
 * One entry of the vaccination record (<i>carnet de vaccination</i>): the vaccine (its trade name,
 * or what it protects from), the date, and when known the dose number in the schedule, the batch
 * (lot) number and who vaccinated.
 */
public record Vaccination(
    VaccinationId id,
    String vaccine,
    LocalDate date,
    Integer dose,
    String lotNumber,
    String vaccinatedBy) {

  public static final int VACCINE_MAX = 200;
  public static final int LOT_MAX = 40;
  public static final int VACCINATED_BY_MAX = 200;
  public static final int DOSE_MAX = 10;

  /**
   * As stored; refused with {@code VACCINE_NAME}, {@code VACCINATION_DATE}, {@code
   * VACCINATION_DOSE}, {@code VACCINATION_LOT} or {@code VACCINATED_BY}.
   */
  public Vaccination {
    if (id == null) {
      throw new IllegalArgumentException("id");
    }
    vaccine =
        Texts.required(vaccine, VACCINE_MAX, "VACCINE_NAME", "le nom du vaccin", "the vaccine");
    if (date == null) {
      throw new InvalidValueException(
          "VACCINATION_DATE",
          "Indiquez la date de la vaccination",
          "Give the date of the vaccination");
    }
    Texts.plausibleDate(
        date, null, "VACCINATION_DATE", "la date de la vaccination", "the vaccination date");
    if (dose != null && (dose < 1 || dose > DOSE_MAX)) {
      throw new InvalidValueException(
          "VACCINATION_DOSE",
          "Le numéro de dose va de 1 à "
              + DOSE_MAX
              + " ("
              + dose
              + " donné) ; laissez-le vide si"
              + " vous ne le connaissez pas",
          "The dose number goes from 1 to "
              + DOSE_MAX
              + " ("
              + dose
              + " given); leave it empty if you do not know it");
    }
    lotNumber =
        Texts.bounded(lotNumber, LOT_MAX, "VACCINATION_LOT", "le numéro de lot", "the lot number");
    vaccinatedBy =
        Texts.bounded(
            vaccinatedBy,
            VACCINATED_BY_MAX,
            "VACCINATED_BY",
            "le nom de qui a vacciné",
            "who vaccinated");
  }

  /** A new entry, as typed in a form: its date cannot be after {@code today}. */
  public static Vaccination create(
      String vaccine,
      LocalDate date,
      Integer dose,
      String lotNumber,
      String vaccinatedBy,
      LocalDate today) {
    Texts.required(vaccine, VACCINE_MAX, "VACCINE_NAME", "le nom du vaccin", "the vaccine");
    Texts.plausibleDate(
        date, today, "VACCINATION_DATE", "la date de la vaccination", "the vaccination date");
    return new Vaccination(VaccinationId.generate(), vaccine, date, dose, lotNumber, vaccinatedBy);
  }
}
