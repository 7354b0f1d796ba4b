package org.dmp.domain.account;

import org.dmp.domain.actor.ActorKind;

/**
 * What an account stands for. Most accounts are one actor; an organisation's account (practice
 * software, an institution's system) acts for the professionals its signed assertions name.
 */
public enum AccountKind {
  PATIENT(ActorKind.PATIENT),
  REPRESENTATIVE(ActorKind.REPRESENTATIVE),
  PROFESSIONAL(ActorKind.PROFESSIONAL),
  ORGANISATION(ActorKind.PROFESSIONAL),
  COUNTER_AGENT(ActorKind.COUNTER_AGENT),
  PHARMACIST_AT_COUNTER(ActorKind.PHARMACIST_AT_COUNTER),
  FEED_SYSTEM(ActorKind.FEED_SYSTEM),
  AUDITOR(ActorKind.AUDITOR);

  private final ActorKind actsAs;

  AccountKind(ActorKind actsAs) {
    this.actsAs = actsAs;
  }

  /** The kind of actor this account's calls are made as. */
  public ActorKind actsAs() {
    return actsAs;
  }
}
