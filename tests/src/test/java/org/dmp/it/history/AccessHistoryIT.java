package org.dmp.it.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dmp.it.support.Fixtures.nurse;
import static org.dmp.it.support.Fixtures.patient;

import java.util.List;
import org.dmp.application.history.HistoryEntry;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The patient sees every access to their record, refusals included; an auditor too. */
class AccessHistoryIT extends DmpIT {

  private static jakarta.ejb.EJBAccessException refusedByContainer(Runnable action) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        jakarta.ejb.EJBAccessException.class, action::run);
  }

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(AccessHistoryIT.class);
  }

  @Test
  void thePatientSeesWhoDidWhatAndWhatWasRefused() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    feed(id, "CR", Fixtures.contentWith("a"));
    denied(nurse(), c -> documents.list(c, id));

    List<HistoryEntry> seen = historyOf(patient(owner), id);

    assertThat(seen)
        .extracting(
            HistoryEntry::actorKind,
            HistoryEntry::actorName,
            HistoryEntry::action,
            HistoryEntry::decision,
            HistoryEntry::rule)
        .containsExactly(
            tuple(
                ActorKind.COUNTER_AGENT,
                "Agent CPAM 42",
                AuditAction.OPEN_RECORD,
                Decision.ALLOWED,
                "ACTOR_KIND"),
            tuple(
                ActorKind.PROFESSIONAL,
                "Dr Paul DURAND",
                AuditAction.ORAL_CONSENT,
                Decision.ALLOWED,
                "AUTHORIZED"),
            tuple(
                ActorKind.PROFESSIONAL,
                "Dr Paul DURAND",
                AuditAction.FEED,
                Decision.ALLOWED,
                "FEED_NON_OPPOSITION"),
            tuple(
                ActorKind.PROFESSIONAL,
                "Anne LEROY",
                AuditAction.SEARCH,
                Decision.DENIED,
                "AUTHORIZED"),
            tuple(
                ActorKind.PATIENT,
                "Jeanne MARTIN",
                AuditAction.READ_ACCESS_HISTORY,
                Decision.ALLOWED,
                "OWN_RECORD"));
  }

  @Test
  void anAuditorReadsTheHistoryButNotTheDocuments() {
    RecordId id = openRecord();
    feed(id, "Compte rendu", Fixtures.contentWith("h"));

    assertThat(historyOf(Fixtures.auditor(), id)).isNotEmpty();
    assertThat(lastEvent(id).action())
        .isEqualTo(org.dmp.domain.audit.AuditAction.READ_ACCESS_HISTORY);
    assertThat(lastEvent(id).actorKind()).isEqualTo(org.dmp.domain.actor.ActorKind.AUDITOR);
    assertThat(lastEvent(id).rule()).isEqualTo("ACTOR_KIND");
    // the documents themselves stay out of the auditor's reach
    assertThat(refusedByContainer(() -> listed(Fixtures.auditor(), id))).isNotNull();
    // professionals do not reach it at all (their software's role has no such use case)
    assertThat(refusedByContainer(() -> historyOf(nurse(), id))).isNotNull();
    // another patient reaches the service but not this record
    RecordId other = openRecord();
    assertThat(denied(patient(insOf(other)), c -> history.of(c, id)).rule())
        .isEqualTo(Rule.OWN_RECORD);
  }

  @Test
  void theSummaryShowsTheLatestActsByOthersAndWhoDeclaredThemselvesTreatingPhysician() {
    RecordId id = openRecordForDoctor();
    Ins owner = insOf(id);
    run(Fixtures.doctor(), c -> consents.declareTreatingPhysician(c, id, Fixtures.DOCTOR_RPPS));
    for (int i = 0; i < 3; i++) {
      feed(id, "CR " + i, Fixtures.contentWith("s" + i));
    }
    // the patient's own readings, however many, do not push the others' acts out
    for (int i = 0; i < 10; i++) {
      historyOf(patient(owner), id);
    }
    long before =
        org.dmp.it.support.DatabaseState.Sql.count(
            dataSource, "select count(*) from audit_event where record_id = ?", id.value());

    org.dmp.application.history.HistorySummary summary =
        call(patient(owner), c -> history.summary(c, id, 2));

    assertThat(summary.latestByOthers())
        .extracting(HistoryEntry::actorName, HistoryEntry::action)
        .containsExactly(
            tuple("Dr Paul DURAND", AuditAction.FEED), tuple("Dr Paul DURAND", AuditAction.FEED));
    assertThat(summary.treatingPhysicianName()).isEqualTo("Dr Paul DURAND");
    assertThat(summary.notifications()).isEmpty();
    // one reading of the history, audited once
    assertThat(
            org.dmp.it.support.DatabaseState.Sql.count(
                dataSource, "select count(*) from audit_event where record_id = ?", id.value()))
        .isEqualTo(before + 1);
  }
}
