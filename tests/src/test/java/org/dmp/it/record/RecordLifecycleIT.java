package org.dmp.it.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.dmp.application.document.Documents;
import org.dmp.application.record.RecordView;
import org.dmp.application.record.Records;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening, closing and reactivating a record on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class RecordLifecycleIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(RecordLifecycleIT.class);
  }

  @EJB Records records;
  @EJB Documents documents;
  @Inject AuditTrail audit;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void anOpenedRecordIsFoundByItsInsWithHowAndByWhomItWasOpened() {
    Ins ins = Fixtures.newIns();
    RecordView opened =
        records.open(Fixtures.counterAgent(), ins, Fixtures.identity(), OpeningChannel.COUNTER);

    RecordView found = records.find(Fixtures.counterAgent(), ins);

    assertThat(found.id()).isEqualTo(opened.id());
    assertThat(found.status()).isEqualTo(RecordStatus.OPEN);
    assertThat(found.openingChannel()).isEqualTo(OpeningChannel.COUNTER);
    assertThat(found.openedBy()).isEqualTo("COUNTER_AGENT:agent-42");
    assertThat(found.birthName()).isEqualTo("MARTIN");
    assertThat(audit.ofRecord(opened.id()))
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.OPEN_RECORD, AuditAction.READ_RECORD);
  }

  @Test
  void aSecondRecordForTheSamePatientIsRefusedAndNothingIsWritten() {
    Ins ins = Fixtures.newIns();
    records.open(Fixtures.counterAgent(), ins, Fixtures.identity(), OpeningChannel.COUNTER);
    DatabaseState before = DatabaseState.of(dataSource);

    DmpException refused =
        catchThrowableOfType(
            DmpException.class,
            () ->
                records.open(
                    Fixtures.doctor(), ins, Fixtures.identity(), OpeningChannel.PROFESSIONAL));

    assertThat(refused.code()).isEqualTo("RECORD_EXISTS");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aClosedRecordIsNeitherFedNorReadAndKnowsItsPurgeDate() {
    RecordId id = openRecord();

    RecordView closed =
        records.close(Fixtures.counterAgent(), id, ClosureReason.PATIENT_REQUEST, null);
    DatabaseState before = DatabaseState.of(dataSource);

    assertThat(closed.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(closed.purgeDueAt())
        .isEqualTo(closed.closedAt().atOffset(ZoneOffset.UTC).plusYears(10).toInstant());
    DmpException feeding =
        catchThrowableOfType(
            DmpException.class,
            () ->
                documents.add(
                    Fixtures.doctor(), id, Fixtures.report("CR"), Fixtures.contentWith("x")));
    assertThat(feeding.code()).isEqualTo("RECORD_CLOSED");
    DmpException reading =
        catchThrowableOfType(DmpException.class, () -> documents.list(Fixtures.doctor(), id));
    assertThat(reading.code()).isEqualTo("RECORD_CLOSED");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aReactivatedRecordIsFedAgainAndItsPurgeIsCancelled() {
    RecordId id = openRecord();
    records.close(Fixtures.counterAgent(), id, ClosureReason.OTHER, "Demande de l'assuré");

    RecordView reopened = records.reactivate(Fixtures.counterAgent(), id);
    documents.add(Fixtures.doctor(), id, Fixtures.report("CR"), Fixtures.contentWith("x"));

    assertThat(reopened.status()).isEqualTo(RecordStatus.REOPENED);
    assertThat(reopened.purgeDueAt()).isNull();
    assertThat(reopened.reactivatedAt()).isNotNull();
    assertThat(documents.list(Fixtures.doctor(), id)).hasSize(1);
    assertThat(audit.ofRecord(id))
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.OPEN_RECORD,
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
            DmpException.class, () -> records.reactivate(Fixtures.counterAgent(), id));
    DmpException otherWithoutComment =
        catchThrowableOfType(
            DmpException.class,
            () -> records.close(Fixtures.counterAgent(), id, ClosureReason.OTHER, " "));
    DmpException unknown =
        catchThrowableOfType(
            DmpException.class,
            () ->
                records.close(
                    Fixtures.counterAgent(), RecordId.generate(), ClosureReason.DECEASED, null));
    DmpException missingReason =
        catchThrowableOfType(
            DmpException.class, () -> records.close(Fixtures.counterAgent(), id, null, null));

    assertThat(reactivatingOpen.code()).isEqualTo("RECORD_NOT_CLOSED");
    assertThat(otherWithoutComment.code()).isEqualTo("CLOSURE_COMMENT_REQUIRED");
    assertThat(unknown.code()).isEqualTo("RECORD_NOT_FOUND");
    assertThat(missingReason.code()).isEqualTo("INVALID_REQUEST");
    assertThat(missingReason.getMessage()).contains("reason");
    assertThat(records.find(Fixtures.counterAgent(), ins).status()).isEqualTo(RecordStatus.OPEN);
  }

  private RecordId openRecord() {
    return openRecord(Fixtures.newIns());
  }

  private RecordId openRecord(Ins ins) {
    return records
        .open(Fixtures.counterAgent(), ins, Fixtures.identity(), OpeningChannel.COUNTER)
        .id();
  }
}
