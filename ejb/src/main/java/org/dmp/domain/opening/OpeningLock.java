package org.dmp.domain.opening;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failures lock the online opening of a NIR, and for how long: five in an hour (wrong
 * traits or wrong codes) make guessing someone's traits or code hopeless, and a patient who
 * mistyped can try again the same day.
 */
public final class OpeningLock {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofHours(1);

  private OpeningLock() {}

  /** Whether the opening of {@code nir} is locked now. */
  public static boolean isLocked(OpeningFailures failures, String nir, Instant now) {
    return failures.countSince(nir, now.minus(WINDOW)) >= MAX_FAILURES;
  }
}
