package org.dmp.interfaces.ws.xds.ebxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dmp.domain.patient.InsAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hl7Test {

  @ParameterizedTest
  @CsvSource({
    "'184127645108946^^^&1.2.250.1.213.1.4.8&ISO', NIR",
    "'184127645108946^^^&1.2.250.1.213.1.4.8&ISO^NH', NIR",
    "'184127645108946^^^&1.2.250.1.213.1.4.10&ISO^NH', TEST_NIR"
  })
  void patientIdsInTheStrictAndTheFrenchForm(String cx, InsAuthority authority) {
    assertThat(Hl7.patientId(cx).authority()).isEqualTo(authority);
    assertThat(Hl7.patientId(cx).value()).isEqualTo("184127645108946");
  }

  @Test
  void malformedPatientIdsAreRefused() {
    assertThatThrownBy(() -> Hl7.patientId("184127645108946"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hl7.patientId("184127645108945^^^&1.2.250.1.213.1.4.8&ISO"))
        .hasMessageContaining("NIR");
  }

  @ParameterizedTest
  @CsvSource({
    "2026, 2026-01-01T00:00:00Z",
    "202611, 2026-11-01T00:00:00Z",
    "20261123, 2026-11-23T00:00:00Z",
    "2026112309, 2026-11-23T09:00:00Z",
    "20261123093015, 2026-11-23T09:30:15Z"
  })
  void timesOfEveryPrecision(String dtm, String instant) {
    assertThat(Hl7.time(dtm)).isEqualTo(Instant.parse(instant));
  }

  @Test
  void timesAreWrittenToTheSecondInUtc() {
    assertThat(Hl7.time(Instant.parse("2026-11-23T09:30:15.123Z"))).isEqualTo("20261123093015");
  }

  @Test
  void codesAsQueriesGiveThem() {
    assertThat(Hl7.code("11490-0^^2.16.840.1.113883.6.1"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.code()).isEqualTo("11490-0");
              assertThat(c.codeSystem()).isEqualTo("2.16.840.1.113883.6.1");
            });
    assertThat(Hl7.code("11490-0")).isEmpty();
  }
}
