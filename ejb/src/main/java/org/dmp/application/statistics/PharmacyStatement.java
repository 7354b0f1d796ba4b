package org.dmp.application.statistics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.dmp.domain.statistics.ActivityStatistics.PharmacyOpenings;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * What the insurer owes pharmacies for the records opened at their counter over a period: one line
 * per pharmacy (its FINESS and name, the openings, the amount), the largest amount first, and the
 * totals. A line without FINESS gathers the pharmacy openings whose pharmacy was not recorded
 * (before the server kept it, or an opener whose role named no FINESS): counted, to be settled by
 * hand.
 */
public record PharmacyStatement(
    StatisticsPeriod period, List<Line> lines, long openings, BigDecimal amount) {

  /**
   * What the insurer pays a pharmacy for each record opened at its counter (opening channel
   * PHARMACY): one euro, as the insurer's agreement with pharmacies sets it. Euros, two decimals.
   */
  public static final BigDecimal FEE_PER_OPENING = new BigDecimal("1.00");

  /** A pharmacy's openings and what they are paid; {@code finess} and {@code name} may be null. */
  public record Line(String finess, String name, long openings, BigDecimal amount) {}

  public PharmacyStatement {
    lines = List.copyOf(lines);
  }

  static PharmacyStatement of(StatisticsPeriod period, List<PharmacyOpenings> openings) {
    List<Line> lines =
        openings.stream()
            .map(o -> new Line(o.finess(), o.name(), o.openings(), amountOf(o.openings())))
            .sorted(
                Comparator.comparing(Line::amount)
                    .reversed()
                    .thenComparing(Line::finess, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    long total = lines.stream().mapToLong(Line::openings).sum();
    return new PharmacyStatement(period, lines, total, amountOf(total));
  }

  private static BigDecimal amountOf(long openings) {
    return FEE_PER_OPENING.multiply(BigDecimal.valueOf(openings));
  }
}
