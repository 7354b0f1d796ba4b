package org.dmp.interfaces.web.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader of the page writes them: euros "1 234,00 €" in French ("€1,234.00" in
 * English), rates with one decimal. The French spaces are no-break spaces, so that an amount never
 * breaks across two lines.
 */
public final class Amounts {

  static final char NBSP = '\u00a0';

  private Amounts() {}

  public static String euros(BigDecimal amount, Locale locale) {
    String number = format("#,##0.00", locale, amount.setScale(2, RoundingMode.HALF_UP));
    return english(locale) ? "€" + number : number + NBSP + "€";
  }

  /** {@code count} over {@code days}, one decimal: 12 in 30 days is "0,4". */
  public static String perDay(long count, long days, Locale locale) {
    BigDecimal rate =
        BigDecimal.valueOf(count)
            .divide(BigDecimal.valueOf(Math.max(1, days)), 1, RoundingMode.HALF_UP);
    return format("#,##0.0", locale, rate);
  }

  private static String format(String pattern, Locale locale, BigDecimal value) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(english(locale) ? '.' : ',');
    symbols.setGroupingSeparator(english(locale) ? ',' : NBSP);
    return new DecimalFormat(pattern, symbols).format(value);
  }

  private static boolean english(Locale locale) {
    return locale.getLanguage().equals("en");
  }
}
