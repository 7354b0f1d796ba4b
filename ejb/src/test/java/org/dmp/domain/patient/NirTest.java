package org.dmp.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

  // keys computed independently of the code under test (97 - n mod 97, 2A=19, 2B=18)
  @ParameterizedTest
  @ValueSource(
      strings = {
        "184127645108946",
        "269054958815780",
        "155039912345687",
        "283072000402315",
        "283072A00402342",
        "286022B01234556",
        "178099955500134"
      })
  void acceptsNirsWithTheirKey(String value) {
    assertThat(new Nir(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "184127645108945, NIR_KEY",
    "283072A00402315, NIR_KEY",
    "283072000402342, NIR_KEY",
    "18412764510894, NIR_FORM",
    "1841276451089466, NIR_FORM",
    "984127645108946, NIR_FORM",
    "1841276451O8946, NIR_FORM",
    "283072C00402342, NIR_FORM"
  })
  void refusesWrongKeysAndForms(String value, String code) {
    assertThatThrownBy(() -> new Nir(value))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    "'1 84 12 76 451 089 46', 184127645108946",
    "'2 83 07 2a 004 023 42', 283072A00402342"
  })
  void readsNirsAsTyped(String typed, String value) {
    assertThat(Nir.parse(typed).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1841276451089", "283072A004023"})
  void corsicanDepartmentsCountAsNineteenAndEighteen(String thirteen) {
    String withKey = thirteen + String.format("%02d", Nir.keyOf(thirteen));
    assertThat(new Nir(withKey).withoutKey()).isEqualTo(thirteen);
  }

  @org.junit.jupiter.api.Test
  void aNullNirIsRefusedWithAMessageInFrenchThenEnglish() {
    assertThatThrownBy(() -> Nir.parse(null))
        .hasMessageContaining("NIR invalide")
        .hasMessageContaining("Invalid NIR");
  }
}
