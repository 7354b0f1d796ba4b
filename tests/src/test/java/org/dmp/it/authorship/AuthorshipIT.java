package org.dmp.it.authorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.Fixtures.doctor;
import static org.dmp.it.support.Fixtures.otherDoctor;
import static org.dmp.it.support.Fixtures.patient;

import org.dmp.application.document.DocumentView;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Only a document's author archives, deletes or replaces it; the patient deletes what they added;
 * feeding needs no authorization.
 */
class AuthorshipIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(AuthorshipIT.class);
  }

  @Test
  void onlyTheAuthorArchivesDeletesOrReplacesTheirDocument() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    call(patient(owner), c -> consents.authorize(c, id, Fixtures.OTHER_DOCTOR_RPPS, null));
    DocumentView report = feed(id, "CR", Fixtures.contentWith("a"));
    DatabaseState before = DatabaseState.of(dataSource);

    var byOther =
        denied(
            otherDoctor(),
            c -> documents.changeStatus(c, report.entryUuid(), AvailabilityStatus.ARCHIVED));
    var replacingByOther =
        denied(
            otherDoctor(),
            c ->
                documents.add(
                    c,
                    id,
                    Fixtures.report("CR corrigé").replacing(report.entryUuid()),
                    Fixtures.contentWith("b")));
    var byPatient =
        denied(
            patient(owner),
            c -> documents.changeStatus(c, report.entryUuid(), AvailabilityStatus.DELETED));
    DatabaseState afterDenials = DatabaseState.of(dataSource);
    DocumentView archived =
        call(
            doctor(),
            c -> documents.changeStatus(c, report.entryUuid(), AvailabilityStatus.ARCHIVED));

    assertThat(byOther.rule()).isEqualTo(Rule.AUTHOR_ONLY);
    assertThat(replacingByOther.rule()).isEqualTo(Rule.AUTHOR_ONLY);
    assertThat(byPatient.rule()).isEqualTo(Rule.AUTHOR_ONLY);
    assertThat(byPatient.getMessage()).contains("Seul l'auteur du document");
    assertThat(afterDenials).isEqualTo(before.plus("audit_event", 3));
    assertThat(archived.status()).isEqualTo(AvailabilityStatus.ARCHIVED);
    assertThat(lastEvent(id).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(lastEvent(id).action()).isEqualTo(AuditAction.ARCHIVE);
    assertThat(lastEvent(id).rule()).isEqualTo("AUTHOR_ONLY");
    assertThat(
            call(
                    doctor(),
                    c -> documents.changeStatus(c, report.entryUuid(), AvailabilityStatus.APPROVED))
                .status())
        .isEqualTo(AvailabilityStatus.APPROVED);
  }

  @Test
  void thePatientAddsTheirOwnDocumentsAndDeletesThem() {
    RecordId id = openRecord();
    Ins owner = insOf(id);

    DocumentView mine =
        call(
            patient(owner),
            c ->
                documents.add(
                    c,
                    id,
                    Fixtures.patientDocument(owner, "Mes directives anticipées"),
                    Fixtures.contentWith("x")));
    DocumentView deleted =
        call(
            patient(owner),
            c -> documents.changeStatus(c, mine.entryUuid(), AvailabilityStatus.DELETED));

    assertThat(mine.author().id()).isEqualTo(owner.value());
    assertThat(deleted.status()).isEqualTo(AvailabilityStatus.DELETED);
    assertThat(
            refused(
                    patient(owner),
                    c ->
                        documents.add(
                            c, id, Fixtures.report("Faux compte rendu"), Fixtures.contentWith("y")))
                .code())
        .isEqualTo("AUTHOR_NOT_ADDER");
  }

  @Test
  void feedingNeedsNoAuthorizationOnlyNotBeingBlocked() {
    RecordId id = openRecord();

    DocumentView fed =
        call(
            otherDoctor(),
            c -> documents.add(c, id, Fixtures.report("Lettre"), Fixtures.contentWith("z")));

    assertThat(fed.title()).isEqualTo("Lettre");
    assertThat(lastEvent(id).rule()).isEqualTo("FEED_NON_OPPOSITION");
    assertThat(denied(otherDoctor(), c -> documents.list(c, id)).rule()).isEqualTo(Rule.AUTHORIZED);
  }
}
