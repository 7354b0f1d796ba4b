package org.dmp.application.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.retention.RecordPurges;
import org.dmp.domain.retention.Sweep;

/**
 * The retention job: purges every closed record whose purge date has come (by the server's clock),
 * then sweeps the rows that serve for a while only ({@link Sweep}). Not a transaction itself: each
 * record is purged in its own transaction and each sweep deletes in bounded batches, so that a run
 * never holds a large transaction and one failure costs one record (tried again at the next run).
 *
 * <p>Safe when several servers run it at once: each record is locked for its purge with {@code skip
 * locked}, so that a record is purged by one of them, exactly once, and none waits for the other.
 *
 * <p>Callable by the application only (the nightly timer, {@link RetentionSchedule}): no role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  /** Records listed at a time; each is then purged in its own transaction. */
  static final int BATCH = 100;

  /** Rows deleted per transaction by a sweep. */
  static final int SWEEP_BATCH = 1000;

  @Inject Clock clock;
  @Inject RecordPurges purges;
  @EJB RetentionSteps steps;

  /** One run, as of now. */
  public RetentionRun run() {
    Instant now = clock.instant();
    int purged = 0;
    int failed = 0;
    RecordId after = null;
    while (true) {
      List<RecordId> due = purges.due(now, after, BATCH);
      for (RecordId record : due) {
        try {
          if (steps.purge(record, now).isPresent()) {
            purged++;
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.log(Level.SEVERE, "purge of record " + record + " failed; tried again next run", e);
        }
      }
      if (due.size() < BATCH) {
        break;
      }
      after = due.get(due.size() - 1);
    }
    Map<Sweep, Integer> swept = new EnumMap<>(Sweep.class);
    for (Sweep sweep : Sweep.values()) {
      swept.put(sweep, sweep(sweep, now));
    }
    RetentionRun run = new RetentionRun(now, purged, failed, swept);
    LOG.info(run.toString());
    return run;
  }

  private int sweep(Sweep sweep, Instant now) {
    int total = 0;
    int batch;
    do {
      batch = steps.sweep(sweep, now, SWEEP_BATCH);
      total += batch;
    } while (batch == SWEEP_BATCH);
    return total;
  }
}
