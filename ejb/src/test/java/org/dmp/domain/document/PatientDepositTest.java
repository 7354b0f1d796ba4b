package org.dmp.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dmp.domain.shared.DmpException;
import org.junit.jupiter.api.Test;

class PatientDepositTest {

  private static final Author PATIENT = Author.patient("2480375056123", "Jeanne MARTIN");
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aPdfAJpegAndAPngAreKnownByTheirFirstBytes() {
    assertThat(PatientDeposit.FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(PatientDeposit.FileKind.PDF);
    assertThat(PatientDeposit.FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo(PatientDeposit.FileKind.JPEG);
    assertThat(
            PatientDeposit.FileKind.of(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
        .isEqualTo(PatientDeposit.FileKind.PNG);
  }

  @Test
  void aProgramCalledPdfIsRefused() {
    byte[] exe =
        "MZ\u0090\u0000 this program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PatientDeposit.metadata(PATIENT, "Radio", exe, NOW))
        .isInstanceOf(DmpException.class)
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("DEPOSIT_FILE_TYPE");
    assertThatThrownBy(() -> PatientDeposit.FileKind.of(new byte[] {'%', 'P'}))
        .isInstanceOf(DmpException.class);
  }

  @Test
  void theMetadataIsClass90ByTheAdder() {
    DocumentMetadata m =
        PatientDeposit.metadata(PATIENT, "  Lunettes 2026 ", "%PDF-1.4".getBytes(), NOW);
    assertThat(m.classCode()).isEqualTo(ClassCode.DEPOSITED_BY_PATIENT);
    assertThat(m.mimeType()).isEqualTo("application/pdf");
    assertThat(m.title()).isEqualTo("Lunettes 2026");
    assertThat(m.author()).isEqualTo(PATIENT);
    assertThat(m.confidentiality()).containsExactly(ConfidentialityCode.N);
    assertThat(m.uniqueId().value()).startsWith("2.25.");
  }

  @Test
  void aTitleIsRequired() {
    assertThatThrownBy(() -> PatientDeposit.metadata(PATIENT, " ", "%PDF-".getBytes(), NOW))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("DEPOSIT_TITLE");
  }
}
