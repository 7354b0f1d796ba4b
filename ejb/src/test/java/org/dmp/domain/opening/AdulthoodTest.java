package org.dmp.domain.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdulthoodTest {

  @Test
  void eighteenOnTheBirthdayNotTheDayBefore() {
    LocalDate born = LocalDate.of(2008, 3, 14);
    assertThat(Adulthood.isAdult(born, LocalDate.of(2026, 3, 13))).isFalse();
    assertThat(Adulthood.isAdult(born, LocalDate.of(2026, 3, 14))).isTrue();
  }

  @Test
  void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarch() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(Adulthood.isAdult(born, LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(Adulthood.isAdult(born, LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void aBirthDateInTheFutureIsNoAdult() {
    assertThat(Adulthood.isAdult(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1))).isFalse();
  }
}
