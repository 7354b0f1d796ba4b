package org.dmp.faults.support;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waiting for an asynchronous outcome without sleeping a fixed time: the condition is polled every
 * {@code 100 ms} until it holds or the deadline passes (then the failure says what was awaited and
 * the last error seen).
 */
public final class Deadline {

  private static final long POLL_MILLIS = 100;

  private Deadline() {}

  /**
   * Polls {@code condition} until it returns true (an exception counts as not yet) and returns how
   * long that took; fails with {@code what} after {@code limit}.
   */
  public static Duration await(String what, Duration limit, Callable<Boolean> condition) {
    long start = System.nanoTime();
    long end = start + limit.toNanos();
    Exception last = null;
    while (true) {
      try {
        if (Boolean.TRUE.equals(condition.call())) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (Exception e) {
        last = e;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "not within "
                + limit.toSeconds()
                + " s: "
                + what
                + (last == null ? "" : ", last: " + last),
            last);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS); // the polling interval, not a wait for an outcome
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
