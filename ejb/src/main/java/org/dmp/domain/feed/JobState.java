package org.dmp.domain.feed;

/**
 * Where an import job is. RUNNING survives a server restart: the restarted server resumes the job
 * (the patients already done stay done, each one having been applied in one transaction).
 */
public enum JobState {
  /** Received and checked; its patients are being applied. */
  RUNNING,
  /** Every patient applied or skipped. */
  DONE,
  /** Stopped by an error; the patients applied before it stay applied, the others untouched. */
  FAILED
}
