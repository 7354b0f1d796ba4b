package org.dmp.domain.verification;

import java.time.Duration;

/** What a one-time code proves, and how long it may wait to be typed. */
public enum CodePurpose {
  /** The second step of a login: the person holds the account's contact. */
  LOGIN(Duration.ofMinutes(10)),
  /** An online opening: the patient holds the contact the insurer knows for this NIR. */
  OPENING(Duration.ofMinutes(15));

  private final Duration validity;

  CodePurpose(Duration validity) {
    this.validity = validity;
  }

  public Duration validity() {
    return validity;
  }
}
