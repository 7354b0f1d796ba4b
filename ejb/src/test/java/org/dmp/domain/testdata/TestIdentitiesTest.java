package org.dmp.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.professional.Profession;
import org.junit.jupiter.api.Test;

class TestIdentitiesTest {

  @Test
  void everyTestPatientIsUnderTheTestOidWithADistinctNirMatchingTheirSexAndBirth() {
    var patients = TestIdentities.patients();

    assertThat(patients).extracting(p -> p.ins().oid()).containsOnly(InsAuthority.TEST_NIR.oid());
    assertThat(patients).extracting(p -> p.ins().value()).doesNotHaveDuplicates();
    for (var p : patients) {
      String nir = p.ins().value();
      assertThat(nir.charAt(0)).isEqualTo(p.identity().sex() == Sex.M ? '1' : '2');
      assertThat(nir.substring(1, 3))
          .isEqualTo(String.format("%02d", p.identity().birthDate().getYear() % 100));
    }
  }

  @Test
  void theCasesVendorsMustHandleAreThere() {
    var patients = TestIdentities.patients();

    assertThat(patients)
        .extracting(p -> p.ins().value().substring(5, 7))
        .contains("2A", "2B", "99");
    assertThat(patients)
        .anySatisfy(
            p -> assertThat(p.identity().birthDate()).isAfter(LocalDate.now().minusYears(1)));
    assertThat(patients)
        .anySatisfy(
            p -> assertThat(p.identity().birthDate()).isBefore(LocalDate.now().minusYears(90)));
    assertThat(TestIdentities.professionals())
        .extracting(p -> p.profession())
        .contains(Profession.DOCTOR, Profession.PHARMACIST, Profession.NURSE, Profession.MIDWIFE);
    assertThat(TestIdentities.professionals())
        .extracting(p -> p.rpps().value())
        .doesNotHaveDuplicates();
  }
}
