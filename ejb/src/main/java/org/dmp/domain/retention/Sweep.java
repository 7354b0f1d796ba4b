package org.dmp.domain.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * Rows that serve for a while and would otherwise grow forever, and how long each is kept: long
 * enough for every rule that reads them, no longer.
 */
public enum Sweep {
  /**
   * One-time codes (login, online opening) a day after they expired: a code is refused once
   * expired, and the limit of codes sent counts the last hour only.
   */
  EXPIRED_ONE_TIME_CODES(Duration.ofDays(1)),

  /** Failed online openings after a day: the opening lock counts the last hour only. */
  OPENING_FAILURES(Duration.ofDays(1)),

  /**
   * The development outbox (codes in clear, DMP_NOTIFICATION_CHANNEL=outbox) after a week: long
   * enough to read a message during a test or a demonstration.
   */
  DEV_OUTBOX(Duration.ofDays(7)),

  /**
   * The rejected lines of an import job 90 days after it ended: the feeding system reads them to
   * correct its file; the job keeps its counts.
   */
  FEED_REJECTIONS(Duration.ofDays(90));

  private final Duration kept;

  Sweep(Duration kept) {
    this.kept = kept;
  }

  public Duration kept() {
    return kept;
  }

  /** Rows older than this (by the date each sweep names) go. */
  public Instant cutoff(Instant now) {
    return now.minus(kept);
  }
}
