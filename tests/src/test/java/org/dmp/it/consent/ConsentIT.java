package org.dmp.it.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dmp.it.support.Fixtures.doctor;
import static org.dmp.it.support.Fixtures.nurse;
import static org.dmp.it.support.Fixtures.otherDoctor;
import static org.dmp.it.support.Fixtures.patient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The patient's consent decides who reads: authorizations, blocks, the treating physician. */
class ConsentIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(ConsentIT.class);
  }

  @Test
  void withoutAuthorizationAProfessionalFeedsButDoesNotRead() {
    RecordId id = openRecord();

    DocumentView fed = call(nurse(), c -> documents.add(c, id, Fixtures.report("Soins"), bytes()));
    AccessDeniedException reading = denied(nurse(), c -> documents.list(c, id));

    assertThat(fed.title()).isEqualTo("Soins");
    assertThat(reading.rule()).isEqualTo(Rule.AUTHORIZED);
    assertThat(reading.getMessage()).contains("n'est pas autorisé").contains("is not authorized");
    assertThat(lastEvent(id))
        .extracting(AuditEvent::action, AuditEvent::decision, AuditEvent::rule)
        .containsExactly(AuditAction.SEARCH, Decision.DENIED, "AUTHORIZED");
  }

  @Test
  void theAuthorizationThePatientGivesLetsAProfessionalReadUntilRevoked() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    feed(id, "CR", bytes());

    var granted =
        call(patient(ins), c -> consents.authorize(c, id, Fixtures.OTHER_DOCTOR_RPPS, null));
    int seen = listed(otherDoctor(), id).size();
    call(patient(ins), c -> consents.revoke(c, id, Fixtures.OTHER_DOCTOR_RPPS));

    assertThat(granted.status()).isEqualTo(AuthorizationStatus.VALID);
    assertThat(seen).isEqualTo(1);
    assertThat(denied(otherDoctor(), c -> documents.list(c, id)).rule()).isEqualTo(Rule.AUTHORIZED);
    assertThat(call(otherDoctor(), c -> records.find(c, ins)).callerAuthorization())
        .isEqualTo(AuthorizationStatus.NONE);
  }

  @Test
  void anExpiredAuthorizationNoLongerOpensTheRecord() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
    call(patient(ins), c -> consents.authorize(c, id, Fixtures.OTHER_DOCTOR_RPPS, tomorrow));
    // a day later, as far as the record knows
    Sql.update(
        dataSource,
        "update professional_access set authorized_until = now() - interval '1 second'"
            + " where record_id = ?",
        id.value());

    AccessDeniedException refused = denied(otherDoctor(), c -> documents.list(c, id));

    assertThat(refused.rule()).isEqualTo(Rule.AUTHORIZED);
    assertThat(refused.getMessage()).contains("a expiré").contains("has expired");
    assertThat(call(otherDoctor(), c -> records.find(c, ins)).callerAuthorization())
        .isEqualTo(AuthorizationStatus.EXPIRED);
    assertThat(
            refused(
                    patient(ins),
                    c -> consents.authorize(c, id, Fixtures.NURSE_RPPS, Instant.EPOCH))
                .code())
        .isEqualTo("AUTHORIZATION_END");
  }

  @Test
  void aBlockedProfessionalNeitherReadsNorFeedsWhateverElseHolds() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    call(patient(owner), c -> consents.giveTreatingRights(c, id, Fixtures.DOCTOR_RPPS));

    call(patient(owner), c -> consents.block(c, id, Fixtures.DOCTOR_RPPS));
    DatabaseState before = DatabaseState.of(dataSource);
    AccessDeniedException feeding =
        denied(doctor(), c -> documents.add(c, id, Fixtures.report("CR"), bytes()));
    AccessDeniedException reading = denied(doctor(), c -> documents.list(c, id));
    AccessDeniedException consenting =
        denied(doctor(), c -> consents.recordOralConsent(c, id, null));

    assertThat(feeding.rule()).isEqualTo(Rule.BLOCKED);
    assertThat(feeding.getMessage()).contains("Dr Paul DURAND a été bloqué par le patient");
    assertThat(reading.rule()).isEqualTo(Rule.BLOCKED);
    assertThat(consenting.rule()).isEqualTo(Rule.BLOCKED);
    // the refused acts left nothing but their three denials in the audit trail
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plus("audit_event", 3));
    assertThat(call(doctor(), c -> records.find(c, owner)).callerAuthorization())
        .isEqualTo(AuthorizationStatus.FORBIDDEN);

    call(patient(owner), c -> consents.unblock(c, id, Fixtures.DOCTOR_RPPS));
    assertThat(denied(doctor(), c -> documents.list(c, id)).rule()).isEqualTo(Rule.AUTHORIZED);
    call(doctor(), c -> consents.recordOralConsent(c, id, null));
    assertThat(listed(doctor(), id)).isEmpty();
  }

  @Test
  void theTreatingPhysicianReadsEvenWhatIsHiddenFromProfessionals() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    DocumentView hidden = feed(id, "Compte rendu sensible", bytes());
    call(
        patient(owner),
        c ->
            documents.changeVisibility(
                c, hidden.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));
    call(patient(owner), c -> consents.authorize(c, id, Fixtures.OTHER_DOCTOR_RPPS, null));
    assertThat(listed(otherDoctor(), id)).isEmpty();

    run(patient(owner), c -> consents.declareTreatingPhysician(c, id, Fixtures.OTHER_DOCTOR_RPPS));

    assertThat(listed(otherDoctor(), id))
        .extracting(DocumentView::title)
        .containsExactly("Compte rendu sensible");
    assertThat(lastEvent(id).rule()).isEqualTo("TREATING_PHYSICIAN");
    assertThat(call(otherDoctor(), c -> records.find(c, owner)).callerIsTreatingPhysician())
        .isTrue();
  }

  @Test
  void thePatientCanGiveTheTreatingPhysiciansRightsToAnotherProfessional() {
    RecordId id = openRecord();
    Ins owner = insOf(id);
    DocumentView hidden = feed(id, "Compte rendu sensible", bytes());
    call(
        patient(owner),
        c ->
            documents.changeVisibility(
                c, hidden.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));

    call(patient(owner), c -> consents.giveTreatingRights(c, id, Fixtures.NURSE_RPPS));

    assertThat(listed(nurse(), id)).hasSize(1);
    assertThat(lastEvent(id).rule()).isEqualTo("TREATING_PHYSICIAN");
    call(patient(owner), c -> consents.withdrawTreatingRights(c, id, Fixtures.NURSE_RPPS));
    assertThat(denied(nurse(), c -> documents.list(c, id)).rule()).isEqualTo(Rule.AUTHORIZED);
  }

  @Test
  void aDoctorDeclaresOnlyThemselvesTreatingPhysicianAndANurseCannot() {
    RecordId id = openRecord();

    run(doctor(), c -> consents.declareTreatingPhysician(c, id, Fixtures.DOCTOR_RPPS));

    assertThat(listed(doctor(), id)).isEmpty();
    AccessDeniedException namingAnother =
        deniedDoing(
            doctor(), c -> consents.declareTreatingPhysician(c, id, Fixtures.OTHER_DOCTOR_RPPS));
    assertThat(namingAnother.rule()).isEqualTo(Rule.ACTOR_KIND);
    assertThat(namingAnother.getMessage())
        .contains("médecin traitant")
        .contains("treating physician");
    assertThat(lastEvent(id).decision()).isEqualTo(org.dmp.domain.audit.Decision.DENIED);
    assertThat(
            deniedDoing(nurse(), c -> consents.declareTreatingPhysician(c, id, Fixtures.NURSE_RPPS))
                .rule())
        .isEqualTo(Rule.ACTOR_KIND);
  }

  @Test
  void occupationalPhysiciansHaveNoAccessByDefault() {
    RecordId id = openRecord();
    Ins owner = insOf(id);

    AccessDeniedException refused =
        denied(Fixtures.occupationalPhysician(), c -> records.find(c, owner));

    assertThat(refused.rule()).isEqualTo(Rule.ACTOR_KIND);
    assertThat(refused.getMessage()).contains("médecins du travail");
  }

  @Test
  void aPatientActsOnlyOnTheirOwnRecord() {
    RecordId mine = openRecord();
    RecordId theirs = openRecord();

    AccessDeniedException refused = denied(patient(insOf(mine)), c -> documents.list(c, theirs));

    assertThat(refused.rule()).isEqualTo(Rule.OWN_RECORD);
  }

  @Test
  void eachConsentChangeIsAuditedWithTheRuleThatAllowedIt() {
    RecordId id = openRecord();
    Ins owner = insOf(id);

    call(patient(owner), c -> consents.authorize(c, id, Fixtures.NURSE_RPPS, null));
    call(patient(owner), c -> consents.block(c, id, Fixtures.NURSE_RPPS));
    call(doctor(), c -> consents.recordOralConsent(c, id, null));

    assertThat(audit.ofRecord(id))
        .extracting(AuditEvent::action, AuditEvent::rule, AuditEvent::detail)
        .containsSubsequence(
            tuple(AuditAction.GRANT, "OWN_RECORD", "RPPS " + Fixtures.NURSE_RPPS),
            tuple(AuditAction.BLOCK, "OWN_RECORD", "RPPS " + Fixtures.NURSE_RPPS),
            tuple(AuditAction.ORAL_CONSENT, "AUTHORIZED", "RPPS " + Fixtures.DOCTOR_RPPS));
  }

  private static byte[] bytes() {
    return Fixtures.contentWith(Fixtures.marker());
  }
}
