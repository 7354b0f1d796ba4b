package org.dmp.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dmp.domain.statistics.ActivityStatistics.PharmacyOpenings;
import org.dmp.domain.statistics.StatisticsPeriod;
import org.junit.jupiter.api.Test;

class PharmacyStatementTest {

  private static final StatisticsPeriod DAY =
      new StatisticsPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23));

  @Test
  void oneEuroPerOpeningLargestAmountFirstAndTheTotal() {
    PharmacyStatement s =
        PharmacyStatement.of(
            DAY,
            List.of(
                new PharmacyOpenings("130000022", "Pharmacie de la Gare", 1),
                new PharmacyOpenings(null, null, 2),
                new PharmacyOpenings("750000011", "Pharmacie du Marché", 3)));

    assertThat(s.lines())
        .extracting(PharmacyStatement.Line::finess)
        .containsExactly("750000011", null, "130000022");
    assertThat(s.lines().get(0).amount()).isEqualByComparingTo("3");
    assertThat(s.openings()).isEqualTo(6);
    assertThat(s.amount()).isEqualTo(new BigDecimal("6.00"));
  }

  @Test
  void equalAmountsInFinessOrder() {
    PharmacyStatement s =
        PharmacyStatement.of(
            DAY,
            List.of(
                new PharmacyOpenings("750000011", "B", 1),
                new PharmacyOpenings("130000022", "A", 1)));

    assertThat(s.lines())
        .extracting(PharmacyStatement.Line::finess)
        .containsExactly("130000022", "750000011");
  }

  @Test
  void nothingOpenedIsAZeroStatement() {
    PharmacyStatement s = PharmacyStatement.of(DAY, List.of());

    assertThat(s.lines()).isEmpty();
    assertThat(s.amount()).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
