package org.dmp.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientCategoryTest {

  private static Code loinc(String code) {
    return new Code(code, PatientCategory.LOINC, null);
  }

  @Test
  void eachClassHasItsFolder() {
    assertThat(PatientCategory.of(ClassCode.SYNTHESIS, loinc("60591-5")))
        .isEqualTo(PatientCategory.SYNTHESIS);
    assertThat(PatientCategory.of(ClassCode.REPORT, loinc("34112-3")))
        .isEqualTo(PatientCategory.REPORTS);
    assertThat(PatientCategory.of(ClassCode.IMAGING, loinc("18748-4")))
        .isEqualTo(PatientCategory.IMAGING);
    for (ClassCode treatment :
        new ClassCode[] {
          ClassCode.PRESCRIPTION,
          ClassCode.DISPENSATION,
          ClassCode.CARE_PLAN,
          ClassCode.ADMINISTERED_TREATMENT
        }) {
      assertThat(PatientCategory.of(treatment, loinc("57833-6")))
          .isEqualTo(PatientCategory.TREATMENTS);
    }
    assertThat(PatientCategory.of(ClassCode.CERTIFICATE, loinc("x")))
        .isEqualTo(PatientCategory.CERTIFICATES);
    assertThat(PatientCategory.of(ClassCode.REIMBURSEMENT_DATA, null))
        .isEqualTo(PatientCategory.REIMBURSEMENTS);
    assertThat(PatientCategory.of(ClassCode.MANAGEMENT, loinc("x")))
        .isEqualTo(PatientCategory.OTHER);
    assertThat(PatientCategory.of(ClassCode.DEPOSITED_BY_PATIENT, PatientDeposit.TYPE))
        .isEqualTo(PatientCategory.MY_DOCUMENTS);
  }

  @Test
  void theTypeRefinesTheClass() {
    assertThat(PatientCategory.of(ClassCode.REPORT, loinc("11502-2")))
        .as("a laboratory report")
        .isEqualTo(PatientCategory.BIOLOGY);
    assertThat(PatientCategory.of(ClassCode.REPORT, loinc("18748-4")))
        .as("a diagnostic imaging report")
        .isEqualTo(PatientCategory.IMAGING);
    assertThat(PatientCategory.of(ClassCode.SYNTHESIS, loinc("11369-6")))
        .as("a vaccination record")
        .isEqualTo(PatientCategory.PREVENTION);
    assertThat(PatientCategory.of(ClassCode.ADMINISTERED_TREATMENT, loinc("87273-9")))
        .isEqualTo(PatientCategory.PREVENTION);
  }

  @Test
  void whatThePatientAddedStaysTheirsWhateverItsType() {
    assertThat(PatientCategory.of(ClassCode.DEPOSITED_BY_PATIENT, loinc("11369-6")))
        .isEqualTo(PatientCategory.MY_DOCUMENTS);
  }

  @Test
  void everyClassIsMapped() {
    for (ClassCode c : ClassCode.values()) {
      assertThat(PatientCategory.TABLE).anyMatch(row -> row.classCode() == c);
    }
  }
}
