package org.dmp.it.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.PatientCategory;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The patient's own documents (Documents.deposit): class 90, checked by content, theirs alone. */
class PatientDepositIT extends DmpIT {

  private static final byte[] PDF = "%PDF-1.7\nune ordonnance".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PatientDepositIT.class);
  }

  @Test
  void thePatientAddsAPdfFiledUnderTheirOwnDocumentsAndDeletesIt() {
    RecordId record = openRecordForDoctor();
    Ins ins = insOf(record);
    Fixtures.ensurePatientAccount(dataSource, ins);

    DocumentView added =
        call(Fixtures.patient(ins), c -> documents.deposit(c, record, "Lunettes 2026", PDF));

    assertThat(added.classCode()).isEqualTo(ClassCode.DEPOSITED_BY_PATIENT);
    assertThat(PatientCategory.of(added.classCode(), added.typeCode()))
        .isEqualTo(PatientCategory.MY_DOCUMENTS);
    assertThat(added.mimeType()).isEqualTo("application/pdf");
    assertThat(added.author().kind()).isEqualTo(ActorKind.PATIENT);
    assertThat(lastEvent(record).action()).isEqualTo(AuditAction.FEED);
    // the doctor reads it (FEED_NON_OPPOSITION made it a document of the record like any other)
    assertThat(
            As.call(Fixtures.SOFTWARE, () -> documents.read(Fixtures.doctor(), added.entryUuid()))
                .content())
        .isEqualTo(PDF);
    // the doctor may not delete it (AUTHOR_ONLY), the patient may
    refused(
        Fixtures.doctor(),
        c -> documents.changeStatus(c, added.entryUuid(), AvailabilityStatus.DELETED));
    assertThat(
            call(
                    Fixtures.patient(ins),
                    c -> documents.changeStatus(c, added.entryUuid(), AvailabilityStatus.DELETED))
                .status())
        .isEqualTo(AvailabilityStatus.DELETED);
  }

  @Test
  void aFileThatIsNeitherPdfNorJpegNorPngIsRefusedWithoutTrace() {
    RecordId record = openRecordForDoctor();
    Ins ins = insOf(record);
    Fixtures.ensurePatientAccount(dataSource, ins);
    byte[] exe = "MZ\u0090\u0000 programme".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(
            refused(Fixtures.patient(ins), c -> documents.deposit(c, record, "facture.pdf", exe))
                .code())
        .isEqualTo("DEPOSIT_FILE_TYPE");
  }

  @Test
  void aPatientAddsNothingToAnotherPatientsRecord() {
    RecordId record = openRecordForDoctor();
    Ins stranger = Fixtures.newIns();
    Fixtures.ensurePatientAccount(dataSource, stranger);

    denied(Fixtures.patient(stranger), c -> documents.deposit(c, record, "Intrus", PDF));
  }
}
