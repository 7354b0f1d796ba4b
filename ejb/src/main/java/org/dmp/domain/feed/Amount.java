package org.dmp.domain.feed;

import java.math.BigDecimal;
import org.dmp.domain.shared.InvalidValueException;

/**
 * A reimbursed amount in euros, kept in cents: positive, at most two decimals, at most 1,000,000 €
 * (a larger figure is a unit mistake in the insurer's file, not a reimbursement).
 */
public record Amount(long cents) {

  static final long MAX_CENTS = 100_000_000L;

  public Amount {
    if (cents <= 0 || cents > MAX_CENTS) {
      throw invalid(BigDecimal.valueOf(cents, 2).toPlainString());
    }
  }

  /** Reads euros written as a decimal number ({@code 23}, {@code 23.5}, {@code 23.50}). */
  public static Amount ofEuros(String written) {
    BigDecimal euros;
    try {
      euros = new BigDecimal(written);
    } catch (NumberFormatException | NullPointerException e) {
      throw invalid(written);
    }
    if (euros.scale() > 2
        || euros.signum() <= 0
        || euros.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      throw invalid(written);
    }
    return new Amount(euros.movePointRight(2).longValueExact());
  }

  /** {@code 23,50 €} as a French reader expects it. */
  public String french() {
    return String.format("%d,%02d €", cents / 100, cents % 100);
  }

  private static InvalidValueException invalid(String written) {
    return new InvalidValueException(
        "AMOUNT",
        "Montant invalide : « "
            + written
            + " » (euros, strictement positif, deux décimales au plus, 1 000 000 au plus)",
        "Invalid amount: '"
            + written
            + "' (euros, above zero, at most two decimals, at most 1,000,000)");
  }
}
