package org.dmp.application.feed;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobNotFoundException;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.JobProgress;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.feed.LineRejection;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The insurer's reimbursement feed as import jobs. Submitting reads and checks the whole file in
 * the request's transaction (accepted lines staged with COPY, rejected ones kept with their
 * reasons): an upload refused as a whole (empty, not NDJSON, unreadable) leaves nothing. Once that
 * transaction has committed, the job runs in the background ({@link FeedJobRunner}); its status and
 * rejections are asked for here, by the feeding system that submitted it only.
 */
@Stateless
@ApplicationService
@DenyAll
public class ReimbursementFeeds {

  @Inject FeedJobs jobs;
  @Inject Clock clock;
  @Inject Principal principal;
  @Inject UploadLimit limit;
  @EJB FeedJobRunner runner;

  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * Receives a file: the job, RUNNING, with the counts of its lines. {@code declaredLength} is the
   * length the request announced (null if none): a body that ends before it was cut on the way and
   * is refused, like one over the server's request limit.
   */
  @RolesAllowed(Roles.FEED_SYSTEM)
  public FeedJob submit(@NotNull Caller caller, @NotNull InputStream ndjson, Long declaredLength) {
    requireFeedSystem(caller);
    InputStream body = new LimitedInput(ndjson, limit.bytes(), declaredLength);
    FeedJobId id = FeedJobId.random();
    FeedJob job =
        new FeedJob(
            id,
            principal.getName(),
            caller.actor().id(),
            caller.actor().displayName(),
            JobState.RUNNING,
            clock.instant(),
            null,
            new JobProgress(0, 0, 0, 0, 0, 0, 0, 0, 0),
            null);
    jobs.create(job, FeedJobRunner.LANES);
    // a day of care is a French day (the clock is UTC)
    LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
    ReimbursementFile file = new ReimbursementFile(today);
    JobProgress read;
    try (FeedJobs.Staging staging = jobs.staging(id)) {
      read = file.read(body, staging);
    }
    jobs.received(id, read, file.patients());
    startAfterCommit(id);
    return jobs.find(id).orElseThrow();
  }

  /** The job's state and counts. */
  @RolesAllowed(Roles.FEED_SYSTEM)
  public FeedJob status(@NotNull Caller caller, @NotNull FeedJobId id) {
    requireFeedSystem(caller);
    return ownJob(caller, id);
  }

  /**
   * The job's rejected lines by line number, from the {@code first}-th (0), at most {@code max}.
   */
  @RolesAllowed(Roles.FEED_SYSTEM)
  public List<LineRejection> rejections(
      @NotNull Caller caller,
      @NotNull FeedJobId id,
      @Min(0) int first,
      @Min(1) @Max(10_000) int max) {
    requireFeedSystem(caller);
    ownJob(caller, id);
    return jobs.rejections(id, first, max);
  }

  /** Another feeding system's job is, to this one, a job that does not exist. */
  private FeedJob ownJob(Caller caller, FeedJobId id) {
    return jobs.find(id)
        .filter(job -> job.actorId().equals(caller.actor().id()))
        .orElseThrow(() -> new FeedJobNotFoundException(id));
  }

  private static void requireFeedSystem(Caller caller) {
    if (caller.actor().kind() != ActorKind.FEED_SYSTEM) {
      throw new InvalidValueException(
          "FEED_CALLER",
          "Seul un système d'alimentation importe des remboursements",
          "Only a feeding system imports reimbursements");
    }
  }

  /**
   * The job starts only once its lines are committed: started before, it could read none of them
   * (and a rolled-back upload must start nothing).
   */
  private void startAfterCommit(FeedJobId id) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              runner.run(id);
            }
          }
        });
  }
}
