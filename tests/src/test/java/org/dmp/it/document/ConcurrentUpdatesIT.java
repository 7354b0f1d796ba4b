package org.dmp.it.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmp.it.support.Fixtures.doctor;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Two changes to one record at once run one after the other: the second checks what the first left
 * and is refused with the reason a user can act on, not a failure at commit.
 */
class ConcurrentUpdatesIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(ConcurrentUpdatesIT.class);
  }

  @Resource UserTransaction transaction;

  @Test
  void aStatusUpdateWaitingForAnotherOneSeesItsResultAndIsRefusedClearly() throws Exception {
    RecordId id = openRecordForDoctor();
    DocumentView report = feed(id, "Compte rendu", Fixtures.contentWith("c"));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // the first archives it and holds its transaction open
      transaction.begin();
      call(
          doctor(),
          c -> documents.changeStatus(c, report.entryUuid(), AvailabilityStatus.ARCHIVED));
      // seen from inside the first's transaction: what the database holds once it commits, but for
      // the first's audit event (written to the database at its commit)
      DatabaseState afterFirst = DatabaseState.of(dataSource).plus("audit_event", 1);
      // the second, from another software, deletes it believing it still Approved
      Future<DmpException> second =
          refusalIn(
              other,
              c ->
                  documents.updateStatus(
                      c,
                      report.entryUuid(),
                      AvailabilityStatus.APPROVED,
                      AvailabilityStatus.DELETED));
      awaitALockWaiter(second);
      transaction.commit();

      DmpException refused = second.get();

      assertThat(refused).isNotNull();
      assertThat(refused.code()).isEqualTo("STATUS_MISMATCH");
      assertThat(DatabaseState.of(dataSource)).isEqualTo(afterFirst);
      assertThat(listed(doctor(), id))
          .extracting(DocumentView::status)
          .containsExactly(AvailabilityStatus.ARCHIVED);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void updateSetsNamingTwoRecordsInOppositeOrdersWaitForEachOtherInsteadOfDeadlocking()
      throws Exception {
    DocumentView[] docs = {
      feed(openRecordForDoctor(), "Compte rendu A", Fixtures.contentWith("a")),
      feed(openRecordForDoctor(), "Compte rendu B", Fixtures.contentWith("b"))
    };
    // "low" is the document whose record sorts first (the service and PostgreSQL order uuids as
    // text)
    java.util.Arrays.sort(
        docs, java.util.Comparator.comparing(d -> d.recordId().value().toString()));
    DocumentView low = docs[0];
    DocumentView high = docs[1];
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      transaction.begin();
      // the first holds the low record...
      call(doctor(), c -> documents.changeStatus(c, low.entryUuid(), AvailabilityStatus.ARCHIVED));
      // ...while a set names the high record first, then the low one
      Future<DmpException> set =
          refusalIn(
              other,
              c ->
                  documents.updateMetadata(
                      c,
                      java.util.List.of(
                          new org.dmp.application.document.MetadataUpdate.Status(
                              high.entryUuid(),
                              AvailabilityStatus.APPROVED,
                              AvailabilityStatus.ARCHIVED),
                          new org.dmp.application.document.MetadataUpdate.Status(
                              low.entryUuid(),
                              AvailabilityStatus.APPROVED,
                              AvailabilityStatus.ARCHIVED))));
      awaitALockWaiter(set);
      // ...and the first then needs the high record too: it must not be held by the waiting set
      call(doctor(), c -> documents.changeStatus(c, high.entryUuid(), AvailabilityStatus.ARCHIVED));
      transaction.commit();

      DmpException refused = set.get();

      // the set saw what the first did (both archived already), rather than a deadlock
      assertThat(refused).isNotNull();
      assertThat(refused.code()).isEqualTo("STATUS_MISMATCH");
    } finally {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      other.shutdownNow();
    }
  }

  /** The doctor's {@code action} run in {@code thread}, and how it was refused (null if not). */
  private static Future<DmpException> refusalIn(
      ExecutorService thread, java.util.function.Function<org.dmp.domain.actor.Caller, ?> action) {
    return thread.submit(
        () -> catchThrowableOfType(DmpException.class, () -> call(doctor(), action)));
  }

  /** Until a session of the test database waits on a lock (the second change, on the record). */
  private void awaitALockWaiter(Future<?> second) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (DatabaseState.Sql.count(
            dataSource,
            "select count(*) from pg_stat_activity"
                + " where datname = current_database() and wait_event_type = 'Lock'")
        == 0) {
      if (second.isDone()) {
        throw new AssertionError("the second change did not wait: " + outcome(second));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the second change never waited for the record");
      }
      Thread.onSpinWait();
    }
  }

  private static Object outcome(Future<?> done) {
    try {
      return done.get();
    } catch (InterruptedException | ExecutionException e) {
      return e;
    }
  }
}
