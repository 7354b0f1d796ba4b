package org.dmp.domain.audit.verification;

/** What is wrong at a broken link of the audit trail. */
public enum Problem {
  ALTERED(
      "l'événement a été modifié : son empreinte ne se recalcule pas",
      "the event was altered: its hash does not recompute"),
  MISSING(
      "un événement manque : la chaîne saute un rang ou ne suit pas l'événement précédent",
      "an event is missing: the chain skips a position or does not follow the previous event"),
  OUT_OF_ORDER(
      "l'événement n'est pas à sa place : il a été écrit à un autre rang",
      "the event is out of order: it was written at another position"),
  HEAD_MISMATCH(
      "la tête de chaîne ne correspond pas au dernier événement",
      "the chain head does not match the last event"),
  TRUNCATED(
      "la chaîne n'a plus l'événement qu'un ancrage signé atteste : elle a été tronquée ou réécrite",
      "the chain no longer has the event a signed anchor vouches for: it was truncated or"
          + " rewritten"),
  ANCHOR_FORGED(
      "un ancrage signé est falsifié : signature, empreinte ou chaînage des ancrages invalide",
      "a signed anchor is forged: its signature, digest or the anchors' chain is broken");

  private final String french;
  private final String english;

  Problem(String french, String english) {
    this.french = french;
    this.english = english;
  }

  public String french() {
    return french;
  }

  public String english() {
    return english;
  }
}
