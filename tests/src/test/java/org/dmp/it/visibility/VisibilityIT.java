package org.dmp.it.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.Fixtures.doctor;
import static org.dmp.it.support.Fixtures.nurse;
import static org.dmp.it.support.Fixtures.patient;
import static org.dmp.it.support.Fixtures.representative;

import org.dmp.application.document.DocumentView;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Who sees a document: hidden from professionals by the patient, invisible to the patient or to the
 * representatives until a professional lifts it. What a caller may not see is neither listed nor
 * counted, and reading it by id answers as if it did not exist.
 */
class VisibilityIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(VisibilityIT.class);
  }

  @Test
  void aDocumentHiddenByThePatientDisappearsForProfessionalsButItsAuthor() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    call(patient(owner), c -> consents.authorize(c, id, Fixtures.NURSE_RPPS, null));
    DocumentView visible = feed(id, "Ordonnance", Fixtures.contentWith("a"));
    DocumentView sensitive = feed(id, "Compte rendu sensible", Fixtures.contentWith("b"));

    DocumentView hidden =
        call(
            patient(owner),
            c ->
                documents.changeVisibility(
                    c, sensitive.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));

    // a new metadata version, the old one deprecated (as XDS updates metadata)
    assertThat(hidden.metadataVersion()).isEqualTo(2);
    assertThat(hidden.logicalId()).isEqualTo(sensitive.logicalId());
    assertThat(hidden.confidentiality()).contains(ConfidentialityCode.MASQUE_PS);
    // the nurse sees one current document and nothing that hints at the other
    assertThat(listed(nurse(), id)).extracting(DocumentView::title).containsExactly("Ordonnance");
    assertThat(refused(nurse(), c -> documents.read(c, hidden.entryUuid())).code())
        .isEqualTo("DOCUMENT_NOT_FOUND");
    assertThat(lastEvent(id).decision()).isEqualTo(Decision.DENIED);
    assertThat(lastEvent(id).rule()).isEqualTo("HIDDEN_FROM_PROFESSIONALS");
    // its author still reads it, and the patient sees everything
    assertThat(call(doctor(), c -> documents.read(c, hidden.entryUuid())).content()).isNotEmpty();
    assertThat(listed(patient(owner), id))
        .extracting(DocumentView::entryUuid)
        .containsExactlyInAnyOrder(hidden.entryUuid(), visible.entryUuid());
    assertThat(visible.status()).isEqualTo(AvailabilityStatus.APPROVED);
  }

  @Test
  void unhidingMakesTheDocumentVisibleAgain() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    call(patient(owner), c -> consents.authorize(c, id, Fixtures.NURSE_RPPS, null));
    DocumentView fed = feed(id, "CR", Fixtures.contentWith("a"));
    DocumentView hidden =
        call(
            patient(owner),
            c ->
                documents.changeVisibility(
                    c, fed.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));

    DocumentView unhidden =
        call(
            patient(owner),
            c ->
                documents.changeVisibility(
                    c, hidden.entryUuid(), VisibilityChange.UNHIDE_FROM_PROFESSIONALS));

    assertThat(unhidden.metadataVersion()).isEqualTo(3);
    assertThat(listed(nurse(), id))
        .extracting(DocumentView::entryUuid)
        .contains(unhidden.entryUuid());
    assertThat(
            refused(
                    patient(owner),
                    c ->
                        documents.changeVisibility(
                            c, fed.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS))
                .code())
        .isEqualTo("ENTRY_NOT_CURRENT");
  }

  @Test
  void aDocumentInvisibleToThePatientAppearsOnceAProfessionalLiftsIt() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    DocumentView fed = feed(id, "Résultat d'anatomopathologie", Fixtures.contentWith("a"));
    DocumentView invisible =
        call(
            doctor(),
            c ->
                documents.changeVisibility(
                    c, fed.entryUuid(), VisibilityChange.SET_INVISIBLE_TO_PATIENT));

    assertThat(listed(patient(owner), id)).isEmpty();
    assertThat(refused(patient(owner), c -> documents.read(c, invisible.entryUuid())).code())
        .isEqualTo("DOCUMENT_NOT_FOUND");
    assertThat(lastEvent(id).rule()).isEqualTo("INVISIBLE_TO_PATIENT");
    // the patient cannot lift it themselves
    assertThat(
            refused(
                    patient(owner),
                    c ->
                        documents.changeVisibility(
                            c, invisible.entryUuid(), VisibilityChange.LIFT_INVISIBLE_TO_PATIENT))
                .code())
        .isEqualTo("DOCUMENT_NOT_FOUND");

    DocumentView announced =
        call(
            doctor(),
            c ->
                documents.changeVisibility(
                    c, invisible.entryUuid(), VisibilityChange.LIFT_INVISIBLE_TO_PATIENT));

    assertThat(listed(patient(owner), id))
        .extracting(DocumentView::entryUuid)
        .containsExactly(announced.entryUuid());
  }

  @Test
  void aLegalRepresentativeActsAsThePatientExceptOnDocumentsInvisibleToRepresentatives() {
    RecordId id = openRecordForDoctor();
    feed(id, "Carnet de vaccination", Fixtures.contentWith("a"));
    DocumentView confidential = feed(id, "Consultation de l'adolescent", Fixtures.contentWith("b"));
    call(
        doctor(),
        c ->
            documents.changeVisibility(
                c, confidential.entryUuid(), VisibilityChange.SET_INVISIBLE_TO_REPRESENTATIVES));
    assertThat(denied(representative(), c -> documents.list(c, id)).rule())
        .isEqualTo(Rule.REPRESENTATIVE);

    run(
        Fixtures.counterAgent(),
        c -> settings.addRepresentative(c, id, "rep-pierre-martin", "Pierre MARTIN"));

    assertThat(listed(representative(), id))
        .extracting(DocumentView::title)
        .containsExactly("Carnet de vaccination");
    assertThat(lastEvent(id).rule()).isEqualTo("REPRESENTATIVE");
    assertThat(listed(patient(insOf(id)), id)).hasSize(2);
    run(Fixtures.counterAgent(), c -> settings.removeRepresentative(c, id, "rep-pierre-martin"));
    assertThat(denied(representative(), c -> documents.list(c, id)).rule())
        .isEqualTo(Rule.REPRESENTATIVE);
    assertThat(audit.ofRecord(id))
        .extracting(e -> e.action())
        .contains(AuditAction.ADD_REPRESENTATIVE, AuditAction.REMOVE_REPRESENTATIVE);
  }
}
