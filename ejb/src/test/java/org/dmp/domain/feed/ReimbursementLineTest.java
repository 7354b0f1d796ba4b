package org.dmp.domain.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReimbursementLineTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final String NIR = "184127645108946";
  static final String RPPS = "10001234565"; // Luhn-valid, computed independently

  @Test
  void readsAValidLine() {
    ReimbursementLine line =
        ReimbursementLine.read(
            NIR, "2026-03-14", "CIP13:3400930000007", RPPS, "750000001", "7.5", TODAY);
    assertThat(line.nir().value()).isEqualTo(NIR);
    assertThat(line.code().system()).isEqualTo(CareCode.System.CIP13);
    assertThat(line.amount().cents()).isEqualTo(750);
    assertThat(line.amount().french()).isEqualTo("7,50 €");
  }

  @Test
  void prescriberIsOptional() {
    assertThat(
            ReimbursementLine.read(NIR, "2026-03-14", "NGAP:C", null, RPPS, "26.50", TODAY)
                .prescriber())
        .isNull();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "184127645108947, 2026-03-14, NGAP:C,              NIR_KEY",
        "18412764510894,  2026-03-14, NGAP:C,              NIR_FORM",
        "NULL,            2026-03-14, NGAP:C,              MISSING_VALUE",
        "184127645108946, 14/03/2026, NGAP:C,              CARE_DATE",
        "184127645108946, 2026-11-24, NGAP:C,              CARE_DATE_FUTURE",
        "184127645108946, 2026-03-14, C,                   CARE_CODE",
        "184127645108946, 2026-03-14, XYZ:C,               CARE_CODE",
        "184127645108946, 2026-03-14, CCAM:YYY010,         CARE_CODE",
        "184127645108946, 2026-03-14, CIP13:3400930000008, CARE_CODE_KEY",
      })
  void refusesEachFaultyValueWithItsOwnCode(String nir, String date, String code, String error) {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> ReimbursementLine.read(nir, date, code, RPPS, "750000001", "10", TODAY));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(error);
  }

  @ParameterizedTest
  @CsvSource({
    "10001234566, 750000001, 10,      RPPS_KEY",
    "10001234565, 7500001,   10,      PROVIDER",
    "10001234565, 750000001, 0,       AMOUNT",
    "10001234565, 750000001, -3,      AMOUNT",
    "10001234565, 750000001, 1.234,   AMOUNT",
    "10001234565, 750000001, 1e9,     AMOUNT",
    "10001234565, 750000001, douze,   AMOUNT",
  })
  void refusesFaultyPeopleAndAmounts(
      String prescriber, String provider, String amount, String error) {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                ReimbursementLine.read(
                    NIR, "2026-03-14", "NGAP:C", prescriber, provider, amount, TODAY));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(error);
  }

  @Test
  void aRejectionKeepsBothLanguages() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                ReimbursementLine.read(NIR, "2026-03-14", "NGAP:C", RPPS, "750000001", "0", TODAY));
    LineRejection r = LineRejection.of(7, e);
    assertThat(r.lineNumber()).isEqualTo(7);
    assertThat(r.french()).startsWith("Montant invalide");
    assertThat(r.english()).startsWith("Invalid amount");
  }
}
