package org.dmp.domain.feed;

import org.dmp.domain.shared.DmpException;

/** No such import job, or not one of the caller's (which is not told apart). */
public class FeedJobNotFoundException extends DmpException {

  public FeedJobNotFoundException(FeedJobId id) {
    super("FEED_JOB_NOT_FOUND", "Tâche d'import inconnue : " + id, "Unknown import job: " + id);
  }
}
