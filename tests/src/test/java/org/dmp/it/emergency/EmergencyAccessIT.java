package org.dmp.it.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dmp.it.support.Fixtures.nurse;
import static org.dmp.it.support.Fixtures.patient;

import org.dmp.application.document.DocumentView;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.notification.Notification;
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
 * Emergency access without authorization: break-glass and centre 15, each with a reason, each
 * refused when the patient turned it off; hidden documents stay hidden; the patient and the
 * treating physician are notified.
 */
class EmergencyAccessIT extends DmpIT {

  private static final Caller BREAK_GLASS =
      nurse().inEmergency(AccessMode.BREAK_GLASS, "Patient inconscient aux urgences");
  private static final Caller CENTRE_15 =
      nurse().inEmergency(AccessMode.CENTRE_15, "Régulation SAMU, douleur thoracique");

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(EmergencyAccessIT.class);
  }

  @Test
  void breakGlassReadsWhatIsNotHiddenAndNotifiesThePatientAndTheTreatingPhysician() {
    RecordId id = openRecord();
    Ins owner = insOf(id);
    run(patient(owner), c -> consents.declareTreatingPhysician(c, id, Fixtures.DOCTOR_RPPS));
    feed(id, "Synthèse", Fixtures.contentWith("a"));
    DocumentView hidden = feed(id, "Compte rendu sensible", Fixtures.contentWith("b"));
    call(
        patient(owner),
        c ->
            documents.changeVisibility(
                c, hidden.entryUuid(), VisibilityChange.HIDE_FROM_PROFESSIONALS));

    var seen = listed(BREAK_GLASS, id);

    assertThat(seen).extracting(DocumentView::title).containsExactly("Synthèse");
    AuditEvent access = lastEvent(id);
    assertThat(access.accessMode()).isEqualTo(AccessMode.BREAK_GLASS);
    assertThat(access.rule()).isEqualTo("BREAK_GLASS");
    assertThat(notificationsOf(patient(owner), id))
        .extracting(Notification::recipientKind, Notification::recipientId, Notification::reason)
        .containsExactlyInAnyOrder(
            tuple(ActorKind.PATIENT, owner.value(), "Patient inconscient aux urgences"),
            tuple(
                ActorKind.PROFESSIONAL,
                Fixtures.DOCTOR_RPPS.value(),
                "Patient inconscient aux urgences"));
  }

  @Test
  void breakGlassNeedsAReasonAndThePatientsConsent() {
    RecordId id = openRecord();
    Ins owner = insOf(id);

    var withoutReason =
        denied(nurse().inEmergency(AccessMode.BREAK_GLASS, " "), c -> documents.list(c, id));
    run(patient(owner), c -> settings.allowBreakGlass(c, id, false));
    DatabaseState before = DatabaseState.of(dataSource);
    var refusedByPatient = denied(BREAK_GLASS, c -> documents.list(c, id));

    assertThat(withoutReason.rule()).isEqualTo(Rule.BREAK_GLASS);
    assertThat(withoutReason.getMessage()).contains("doit être justifié");
    assertThat(refusedByPatient.rule()).isEqualTo(Rule.BREAK_GLASS);
    assertThat(refusedByPatient.getMessage())
        .contains("Le patient a refusé l'accès en bris de glace");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
    assertThat(notificationsOf(patient(owner), id)).isEmpty();
  }

  @Test
  void centre15IsGovernedByItsOwnSetting() {
    RecordId id = openRecord();
    Ins owner = insOf(id);
    feed(id, "Synthèse", Fixtures.contentWith("a"));
    run(patient(owner), c -> settings.allowBreakGlass(c, id, false));

    assertThat(listed(CENTRE_15, id)).hasSize(1);
    assertThat(lastEvent(id).rule()).isEqualTo("CENTRE_15");

    run(patient(owner), c -> settings.allowCentre15(c, id, false));
    assertThat(denied(CENTRE_15, c -> documents.list(c, id)).rule()).isEqualTo(Rule.CENTRE_15);
    assertThat(notificationsOf(patient(owner), id))
        .extracting(Notification::kind)
        .containsExactly(AccessMode.CENTRE_15);
    assertThat(audit.ofRecord(id))
        .extracting(AuditEvent::action, AuditEvent::detail)
        .contains(
            tuple(AuditAction.CHANGE_SETTINGS, "bris de glace refusé"),
            tuple(AuditAction.CHANGE_SETTINGS, "centre 15 refusé"));
  }

  /** A refusal's rule and message, named for readability. */
  private record AccessDeniedCase(Rule rule, String message) {
    AccessDeniedCase(org.dmp.application.access.AccessDeniedException e) {
      this(e.rule(), e.getMessage());
    }
  }
}
