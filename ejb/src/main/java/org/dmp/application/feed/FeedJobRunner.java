package org.dmp.application.feed;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.shared.DmpException;

/**
 * Runs an import job in the background (the container's asynchronous executor), as the account that
 * submitted it: batch after batch of patients, each batch in its own transaction ({@link
 * ReimbursementPatients}), then DONE; FAILED with the reason if a batch fails (the batches before
 * it stay applied, the failing one is rolled back whole). Not a transaction itself, so that one
 * failure does not undo the patients already done.
 *
 * <p>Callable by the application only (no role: it is reached from a committed submission or at
 * startup, never from a boundary).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedJobRunner {

  private static final Logger LOG = Logger.getLogger(FeedJobRunner.class.getName());

  /** Patients per transaction: fewer commits, and still a small unit to redo after a restart. */
  static final int BATCH = 100;

  /**
   * Lanes of a new job: one per core of the machine the project targets (2). One lane leaves a core
   * idle while its thread waits for the database; more than the cores only contend.
   */
  static final int LANES = 2;

  @EJB ReimbursementPatients patients;
  @EJB FeedLane lane;
  @Inject FeedJobs jobs;

  /**
   * The lanes run on the EE managed executor, not on the EJB asynchronous pool this runner holds a
   * thread of while it waits for them: with lanes in the same pool, ten jobs at once (after a
   * restart, say) would hold every thread waiting for lanes that could never start.
   */
  @Resource ManagedExecutorService executor;

  @Asynchronous
  public void run(FeedJobId id) {
    FeedJob job = jobs.find(id).orElse(null);
    if (job == null || job.state() != JobState.RUNNING) {
      return;
    }
    List<Future<Void>> lanes = new ArrayList<>();
    for (int i = 0; i < jobs.lanes(id); i++) {
      int index = i;
      lanes.add(
          executor.submit(
              () -> {
                lane.run(id, job.submitter(), index);
                return null;
              }));
    }
    Throwable failure = null;
    for (Future<Void> running : lanes) {
      try {
        running.get();
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e;
      }
    }
    if (failure == null) {
      patients.finish(id, JobState.DONE, null);
    } else {
      LOG.log(Level.WARNING, "import job " + id + " failed", failure);
      patients.finish(id, JobState.FAILED, reason(failure));
    }
    patients.dropStaging();
  }

  /** French then English, like every message: the domain's when it is a refusal. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof DmpException)) {
      cause = cause.getCause();
    }
    if (cause instanceof DmpException refusal) {
      return refusal.code() + " : " + refusal.getMessage();
    }
    return "Erreur interne pendant l'import (voir le journal du serveur) / Internal error during"
        + " the import (see the server log): "
        + cause.getClass().getSimpleName();
  }
}
