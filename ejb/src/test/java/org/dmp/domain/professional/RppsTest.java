package org.dmp.domain.professional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RppsTest {

  // Luhn-valid 11-digit numbers, checked with an independent Luhn computation
  @ParameterizedTest
  @ValueSource(strings = {"10001234565", "81000123455", "81000000000"})
  void acceptsElevenDigitsWithTheirLuhnKey(String value) {
    assertThat(new Rpps(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"10001234567, RPPS_KEY", "1000123456, RPPS_FORM", "1000123456A, RPPS_FORM"})
  void refusesOthers(String value, String code) {
    assertThatThrownBy(() -> new Rpps(value))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"750000001", "2A0000001", "2B0000001"})
  void finessNumbersIncludingCorsica(String value) {
    assertThat(new Finess(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"75000001", "2C0000001", "7500000011"})
  void malformedFinessNumbersAreRefused(String value) {
    assertThatThrownBy(() -> new Finess(value)).isInstanceOf(InvalidValueException.class);
  }
}
