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

  /** Returns when the lane has no patient left; throws the first batch's failure. */
  public void run(FeedJobId id, String submitter, int lane) {
    try {
      identity.callAs(
          submitter,
          () -> {
            while (patients.applyNext(id, lane, FeedJobRunner.BATCH) > 0) {
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
