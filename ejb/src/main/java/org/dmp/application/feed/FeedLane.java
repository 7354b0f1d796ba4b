package org.dmp.application.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dmp.application.shared.AccountIdentity;
import org.dmp.domain.feed.FeedJobId;

/**
 * One lane of a job's patients, applied batch after batch as the job's submitter, on a thread of
 * the container's managed executor (FeedJobRunner). Lanes share no patient (a patient's lane is a
 * hash of the NIR), so they run side by side without waiting for each other's records.
 */
@Stateless
@PermitAll // internal: started by FeedJobRunner only
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedLane {

  @EJB ReimbursementPatients patients;
  @Inject AccountIdentity identity;

  /** Attempts at a batch the database rolled back for a deadlock or a serialization failure. */
  static final int ATTEMPTS = 3;

  /**
   * One batch; again when PostgreSQL chose it as a deadlock's victim or could not serialize it (the
   * batch was rolled back whole, so it is simply redone); any other failure is the lane's.
   */
  private int applyNext(FeedJobId id, int lane) {
    for (int attempt = 1; ; attempt++) {
      try {
        return patients.applyNext(id, lane, FeedJobRunner.BATCH);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !transientDatabaseFailure(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean transientDatabaseFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** Returns when the lane has no patient left; throws the first batch's failure. */
  public void run(FeedJobId id, String submitter, int lane) {
    try {
      identity.callAs(
          submitter,
          () -> {
            while (applyNext(id, lane) > 0) {
              // each call commits its batch
            }
            return null;
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
