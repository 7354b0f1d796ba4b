package org.dmp.domain.actor;

/** The kinds of actors the access rules distinguish. */
public enum ActorKind {
  PATIENT,
  REPRESENTATIVE,
  PROFESSIONAL,
  COUNTER_AGENT,
  PHARMACIST_AT_COUNTER,
  FEED_SYSTEM,
  AUDITOR,
  /** The server itself: scheduled jobs such as the purge. */
  SYSTEM
}
