package org.dmp.domain.audit.verification;

import java.util.UUID;

/**
 * The first broken link of the audit trail: where (chain, position, event) and what is wrong.
 *
 * @param chainId the record's chain (its id), {@code dmp} for the server's, {@value
 *     AnchorVerifier#ANCHOR_CHAIN} for the anchors
 * @param seq the position in that chain (for an anchor, its number)
 * @param eventId the event (or anchor) found there, or {@code null} when it is missing
 * @param french what is wrong in French, with the specifics
 * @param english the same in English
 */
public record BrokenLink(
    String chainId, long seq, UUID eventId, Problem problem, String french, String english) {

  static BrokenLink of(
      String chainId, long seq, UUID eventId, Problem problem, String frenchDetail, String en) {
    return new BrokenLink(
        chainId,
        seq,
        eventId,
        problem,
        problem.french() + " (" + frenchDetail + ")",
        problem.english() + " (" + en + ")");
  }

  /** One line for an operator: chain, position, event and the English text. */
  public String describe() {
    return "chain "
        + chainId
        + ", seq "
        + seq
        + ", event "
        + (eventId == null ? "-" : eventId)
        + ": "
        + problem
        + ": "
        + english;
  }
}
