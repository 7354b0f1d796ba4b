package org.dmp.domain.verification;

import java.time.Instant;
import java.util.Optional;

/** The codes sent and not yet forgotten. */
public interface OneTimeCodes {

  void add(OneTimeCode code);

  /** The latest code sent for this purpose to this subject, locked for checking. */
  Optional<OneTimeCode> latest(CodePurpose purpose, String subject);

  /** How many codes were sent for this purpose to this subject since {@code since}. */
  long countSince(CodePurpose purpose, String subject, Instant since);
}
