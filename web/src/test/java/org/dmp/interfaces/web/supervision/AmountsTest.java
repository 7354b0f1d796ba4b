package org.dmp.interfaces.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void eurosAreWrittenTheFrenchWayWithNoBreakSpaces() {
    assertThat(Amounts.euros(new BigDecimal("1234"), Locale.FRENCH))
        .isEqualTo("1\u00a0234,00\u00a0€");
    assertThat(Amounts.euros(new BigDecimal("1234567.5"), Locale.FRENCH))
        .isEqualTo("1\u00a0234\u00a0567,50\u00a0€");
    assertThat(Amounts.euros(BigDecimal.ZERO, Locale.FRENCH)).isEqualTo("0,00\u00a0€");
    assertThat(Amounts.euros(new BigDecimal("1234"), Locale.ENGLISH)).isEqualTo("€1,234.00");
  }

  @Test
  void ratesPerDayHaveOneDecimal() {
    assertThat(Amounts.perDay(3, 2, Locale.FRENCH)).isEqualTo("1,5");
    assertThat(Amounts.perDay(12, 30, Locale.FRENCH)).isEqualTo("0,4");
    assertThat(Amounts.perDay(2000, 1, Locale.FRENCH)).isEqualTo("2\u00a0000,0");
    assertThat(Amounts.perDay(1, 3, Locale.ENGLISH)).isEqualTo("0.3");
  }
}
