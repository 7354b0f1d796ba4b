package org.dmp.domain.feed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.Require;

/**
 * Reads the lines of one file with {@link ReimbursementLine#read}'s checks, each distinct value
 * checked once: a file repeats the same NIRs (a patient's lines), RPPS, codes, dates and amounts
 * thousands of times, and checking them again was most of the cost of reading a file. A faulty
 * value is not remembered, so it is refused with its reason on every line that has it.
 */
public final class LineReader {

  /** Distinct values remembered per field, at most; past that the memory starts again. */
  private static final int REMEMBERED = 200_000;

  private final LocalDate today;
  private final Map<String, Nir> nirs = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, CareCode> codes = new HashMap<>();
  private final Map<String, Rpps> prescribers = new HashMap<>();
  private final Map<String, String> providers = new HashMap<>();
  private final Map<String, Amount> amounts = new HashMap<>();

  public LineReader(LocalDate today) {
    this.today = today;
  }

  /** The line, or the refusal of its first faulty value, as {@link ReimbursementLine#read}. */
  public ReimbursementLine read(
      String ins, String date, String code, String prescriber, String provider, String amount) {
    Nir nir = checked(nirs, Require.present(ins, "ins", "ins"), Nir::parse);
    LocalDate day =
        checked(
            dates,
            Require.present(date, "date", "date"),
            d -> ReimbursementLine.careDate(d, today));
    CareCode care = checked(codes, Require.present(code, "code", "code"), CareCode::parse);
    Rpps prescribedBy = prescriber == null ? null : checked(prescribers, prescriber, Rpps::new);
    Amount paid = checked(amounts, Require.present(amount, "montant", "amount"), Amount::ofEuros);
    String providedBy =
        checked(
            providers,
            Require.present(provider, "provider", "provider"),
            ReimbursementLine::checkedProvider);
    return new ReimbursementLine(nir, day, care, prescribedBy, providedBy, paid);
  }

  private static <T> T checked(Map<String, T> known, String written, Function<String, T> check) {
    T value = known.get(written);
    if (value == null) {
      value = check.apply(written);
      if (known.size() >= REMEMBERED) {
        known.clear();
      }
      known.put(written, value);
    }
    return value;
  }
}
