package org.dmp.domain.retention;

import java.time.Instant;

/** Deletes the rows a {@link Sweep} no longer keeps, a bounded batch at a time. */
public interface Housekeeping {

  /**
   * Deletes up to {@code limit} rows of {@code sweep} older than its cutoff, in the caller's
   * transaction, skipping rows another transaction holds (another server sweeping).
   *
   * @return how many were deleted
   */
  int sweep(Sweep sweep, Instant now, int limit);
}
