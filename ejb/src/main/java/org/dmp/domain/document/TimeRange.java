package org.dmp.domain.document;

import java.time.Instant;

/**
 * A time range as XDS queries give it: from (inclusive) and to (exclusive), each optional. A
 * document without the time never matches a range that is set.
 */
public record TimeRange(Instant from, Instant to) {

  public static final TimeRange ANY = new TimeRange(null, null);

  public boolean isSet() {
    return from != null || to != null;
  }

  public boolean contains(Instant time) {
    if (!isSet()) {
      return true;
    }
    if (time == null) {
      return false;
    }
    return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
  }
}
