package org.dmp.domain.feed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * One reimbursed act or product as the insurer reports it: the patient (NIR, key checked), the date
 * of care, what was paid for, who prescribed it (an RPPS, absent for an act nobody prescribed), who
 * provided it (an RPPS, or the FINESS of a pharmacy or an establishment) and the amount paid. Two
 * lines with the same values are the same reimbursement: that is what makes a second import of a
 * file change nothing.
 */
public record ReimbursementLine(
    Nir nir, LocalDate date, CareCode code, Rpps prescriber, String provider, Amount amount) {

  public ReimbursementLine {
    Require.present(nir, "INS du patient", "patient's INS");
    Require.present(date, "date des soins", "date of care");
    Require.present(code, "code de l'acte ou du produit", "act or product code");
    Require.present(amount, "montant", "amount");
    provider = checkedProvider(provider);
  }

  /**
   * A line from the values the file gives, each checked; the first faulty value is the reason the
   * line is refused. {@code today} bounds the date: care cannot be reimbursed before it happens.
   */
  public static ReimbursementLine read(
      String ins,
      String date,
      String code,
      String prescriber,
      String provider,
      String amount,
      LocalDate today) {
    Nir nir = Nir.parse(Require.present(ins, "ins", "ins"));
    LocalDate day = careDate(Require.present(date, "date", "date"), today);
    CareCode care = CareCode.parse(Require.present(code, "code", "code"));
    Rpps prescribedBy = prescriber == null ? null : new Rpps(prescriber);
    Amount paid = Amount.ofEuros(Require.present(amount, "montant", "amount"));
    return new ReimbursementLine(
        nir, day, care, prescribedBy, Require.present(provider, "provider", "provider"), paid);
  }

  static LocalDate careDate(String written, LocalDate today) {
    LocalDate day;
    try {
      day = LocalDate.parse(written);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "CARE_DATE",
          "Date des soins invalide : « " + written + " » (AAAA-MM-JJ attendu)",
          "Invalid date of care: '" + written + "' (YYYY-MM-DD expected)");
    }
    if (day.isAfter(today)) {
      throw new InvalidValueException(
          "CARE_DATE_FUTURE",
          "Date des soins dans le futur : " + written,
          "Date of care in the future: " + written);
    }
    return day;
  }

  /** An RPPS (11 digits, Luhn key) or a FINESS (9 characters). */
  static String checkedProvider(String provider) {
    Require.present(provider, "exécutant", "provider");
    if (provider.length() == 9) {
      return new Finess(provider).value();
    }
    if (provider.length() == 11) {
      return new Rpps(provider).value();
    }
    throw new InvalidValueException(
        "PROVIDER",
        "Exécutant invalide : « " + provider + " » (RPPS de 11 chiffres ou FINESS de 9 attendu)",
        "Invalid provider: '" + provider + "' (an 11-digit RPPS or a 9-character FINESS expected)");
  }
}
