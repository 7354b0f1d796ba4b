package org.dmp.domain.opening;

import java.time.Instant;

/** The failed attempts at opening a record online, per NIR. */
public interface OpeningFailures {

  /** Why an attempt failed: traits that are not the insurer's, or a wrong code. */
  enum Reason {
    IDENTITY,
    CODE
  }

  void add(String nir, Reason reason, Instant at);

  long countSince(String nir, Instant since);
}
