package org.dmp.domain.feed;

import java.time.Instant;

/**
 * An import job as stored: who submitted it (the account, so that a restarted server can go on as
 * that account), when, where it is and how far.
 *
 * @param submitter the login of the account that submitted the file
 * @param actorId the feeding system's id (the documents' author)
 * @param failure why the job failed, French then English; {@code null} otherwise
 */
public record FeedJob(
    FeedJobId id,
    String submitter,
    String actorId,
    String actorName,
    JobState state,
    Instant submittedAt,
    Instant finishedAt,
    JobProgress progress,
    String failure) {}
