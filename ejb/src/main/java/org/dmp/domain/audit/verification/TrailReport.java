package org.dmp.domain.audit.verification;

/**
 * What a verification checked and the first broken link it found, if any.
 *
 * @param chains the chains walked
 * @param events the events checked
 * @param anchors the signed anchors checked
 * @param firstBroken the first broken link, or {@code null} when the trail is intact
 */
public record TrailReport(long chains, long events, long anchors, BrokenLink firstBroken) {

  public boolean intact() {
    return firstBroken == null;
  }

  static TrailReport brokenAnchors(long checked, BrokenLink link) {
    return new TrailReport(0, 0, checked, link);
  }
}
