package org.dmp.it.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneOffset;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.record.RecordView;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Opening, closing and reactivating a record on the real server and database. */
class RecordLifecycleIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(RecordLifecycleIT.class);
  }

  @Test
  void anOpenedRecordIsFoundByItsInsWithHowAndByWhomItWasOpened() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);

    RecordView found = As.call(Fixtures.AGENT, () -> records.find(Fixtures.counterAgent(), ins));

    assertThat(found.id()).isEqualTo(id);
    assertThat(found.status()).isEqualTo(RecordStatus.OPEN);
    assertThat(found.openingChannel()).isEqualTo(OpeningChannel.COUNTER);
    assertThat(found.openedBy()).isEqualTo("COUNTER_AGENT:agent-42");
    assertThat(found.birthName()).isEqualTo("MARTIN");
    assertThat(found.breakGlassAllowed()).isTrue();
    assertThat(audit.ofRecord(id))
        .extracting(AuditEvent::action, AuditEvent::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.OPEN_RECORD, "ACTOR_KIND"),
            org.assertj.core.groups.Tuple.tuple(AuditAction.READ_RECORD, "ACTOR_KIND"));
  }

  @Test
  void aSecondRecordForTheSamePatientIsRefusedAndNothingIsWritten() {
    Ins ins = Fixtures.newIns();
    openRecord(ins);
    DatabaseState before = DatabaseState.of(dataSource);

    DmpException refused =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.SOFTWARE,
                    () ->
                        records.open(
                            Fixtures.doctor(),
                            ins,
                            Fixtures.identity(),
                            OpeningChannel.PROFESSIONAL,
                            true)));

    assertThat(refused.code()).isEqualTo("RECORD_EXISTS");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aClosedRecordIsNeitherFedNorReadAndKnowsItsPurgeDate() {
    RecordId id = openRecordForDoctor();

    RecordView closed =
        As.call(
            Fixtures.AGENT,
            () -> records.close(Fixtures.counterAgent(), id, ClosureReason.PATIENT_REQUEST, null));
    DatabaseState before = DatabaseState.of(dataSource);
    AccessDeniedException feeding =
        catchThrowableOfType(
            AccessDeniedException.class, () -> feed(id, "CR", Fixtures.contentWith("x")));

    assertThat(closed.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(closed.purgeDueAt())
        .isEqualTo(closed.closedAt().atOffset(ZoneOffset.UTC).plusYears(10).toInstant());
    assertThat(feeding.rule()).isEqualTo(Rule.RECORD_CLOSED);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
    AccessDeniedException reading =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> As.call(Fixtures.SOFTWARE, () -> documents.list(Fixtures.doctor(), id)));
    assertThat(reading.rule()).isEqualTo(Rule.RECORD_CLOSED);
    AuditEvent last = audit.ofRecord(id).get(audit.ofRecord(id).size() - 1);
    assertThat(last.decision()).isEqualTo(Decision.DENIED);
    assertThat(last.action()).isEqualTo(AuditAction.SEARCH);
    assertThat(last.rule()).isEqualTo("RECORD_CLOSED");
  }

  @Test
  void aReactivatedRecordIsFedAgainAndItsPurgeIsCancelled() {
    RecordId id = openRecordForDoctor();
    As.run(
        Fixtures.AGENT,
        () ->
            records.close(Fixtures.counterAgent(), id, ClosureReason.OTHER, "Demande de l'assuré"));

    RecordView reopened =
        As.call(Fixtures.AGENT, () -> records.reactivate(Fixtures.counterAgent(), id));
    feed(id, "CR", Fixtures.contentWith("x"));

    assertThat(reopened.status()).isEqualTo(RecordStatus.REOPENED);
    assertThat(reopened.purgeDueAt()).isNull();
    assertThat(reopened.reactivatedAt()).isNotNull();
    assertThat(As.call(Fixtures.SOFTWARE, () -> documents.list(Fixtures.doctor(), id))).hasSize(1);
    assertThat(audit.ofRecord(id))
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.OPEN_RECORD,
            AuditAction.ORAL_CONSENT,
            AuditAction.CLOSE_RECORD,
            AuditAction.REACTIVATE_RECORD,
            AuditAction.FEED,
            AuditAction.SEARCH);
  }

  @Test
  void lifecycleStepsThatDoNotApplyAreRefusedWithTheirReason() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);

    DmpException reactivatingOpen =
        catchThrowableOfType(
            DmpException.class,
            () -> As.call(Fixtures.AGENT, () -> records.reactivate(Fixtures.counterAgent(), id)));
    DmpException otherWithoutComment =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.AGENT,
                    () -> records.close(Fixtures.counterAgent(), id, ClosureReason.OTHER, " ")));
    DmpException unknown =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.AGENT,
                    () ->
                        records.close(
                            Fixtures.counterAgent(),
                            RecordId.generate(),
                            ClosureReason.DECEASED,
                            null)));
    DmpException missingReason =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.AGENT, () -> records.close(Fixtures.counterAgent(), id, null, null)));

    assertThat(reactivatingOpen.code()).isEqualTo("RECORD_NOT_CLOSED");
    assertThat(otherWithoutComment.code()).isEqualTo("CLOSURE_COMMENT_REQUIRED");
    assertThat(unknown.code()).isEqualTo("RECORD_NOT_FOUND");
    assertThat(missingReason.code()).isEqualTo("INVALID_REQUEST");
    assertThat(missingReason.getMessage()).contains("reason");
    assertThat(As.call(Fixtures.AGENT, () -> records.find(Fixtures.counterAgent(), ins)).status())
        .isEqualTo(RecordStatus.OPEN);
  }

  @Test
  void noRecordIsOpenedWithoutThePatientsConsent() {
    DatabaseState before = DatabaseState.of(dataSource);

    DmpException refused = refusedOpening(OpeningChannel.COUNTER, false);

    assertThat(refused.code()).isEqualTo("PATIENT_CONSENT");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void anOpeningChannelThatDoesNotGoWithTheOpenerIsRefused() {
    DatabaseState before = DatabaseState.of(dataSource);

    DmpException refused = refusedOpening(OpeningChannel.ONLINE, true);

    assertThat(refused.code()).isEqualTo("OPENING_CHANNEL");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  /** A counter agent's opening of a new patient's record, refused. */
  private DmpException refusedOpening(OpeningChannel channel, boolean patientConsented) {
    return catchThrowableOfType(
        DmpException.class,
        () ->
            As.call(
                Fixtures.AGENT,
                () ->
                    records.open(
                        Fixtures.counterAgent(),
                        Fixtures.newIns(),
                        Fixtures.identity(),
                        channel,
                        patientConsented)));
  }
}
