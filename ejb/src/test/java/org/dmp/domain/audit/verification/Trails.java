package org.dmp.domain.audit.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.StoredEvent;

/** Chains of audit events as the server writes them, and the ways the tests tamper with them. */
final class Trails {

  static final Caller AGENT =
      Caller.of(new Actor(ActorKind.COUNTER_AGENT, "agent-1", "Agent 1"), Channel.WEB);
  static final Caller SERVER =
      Caller.of(new Actor(ActorKind.SYSTEM, "dmp", "Serveur"), Channel.WEB);
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private Trails() {}

  /** A record's chain of {@code length} events (the record's id is its chain id). */
  static List<StoredEvent> chain(UUID record, int length) {
    List<StoredEvent> events = new ArrayList<>();
    long seq = 0;
    String hash = AuditEvent.GENESIS;
    for (int i = 0; i < length; i++) {
      AuditEvent e =
          AuditEvent.chained(
              AuditEvent.chainOf(record),
              seq,
              hash,
              AuditEntry.allowed(AGENT, AuditAction.READ_RECORD, record, null, "R")
                  .withDetail("act " + (i + 1)),
              T0.plusSeconds(i));
      events.add(e.stored());
      seq = e.seq();
      hash = e.hash();
    }
    return events;
  }

  /** The event that follows the chain's last one, done by {@code caller}. */
  static StoredEvent next(List<StoredEvent> chain, Caller caller, AuditAction action) {
    StoredEvent last = chain.get(chain.size() - 1);
    return AuditEvent.chained(
            last.chainId(),
            last.seq(),
            last.hash(),
            AuditEntry.allowed(caller, action, last.recordId(), null, "R"),
            T0.plusSeconds(chain.size()))
        .stored();
  }

  static ChainHead headOf(List<StoredEvent> chain) {
    StoredEvent last = chain.get(chain.size() - 1);
    return new ChainHead(last.chainId(), last.seq(), last.hash());
  }

  /** The same event with another detail, its stored hash kept (what an UPDATE would leave). */
  static StoredEvent withDetail(StoredEvent e, String detail) {
    return new StoredEvent(
        e.id(),
        e.chainId(),
        e.seq(),
        e.occurredAt(),
        e.actorKind(),
        e.actorId(),
        e.actorName(),
        e.channel(),
        e.accessMode(),
        e.action(),
        e.recordId(),
        e.documentId(),
        e.decision(),
        e.rule(),
        detail,
        e.prevHash(),
        e.hash(),
        e.actorProfession(),
        e.actorOrganisation());
  }

  /** A record id whose chain sorts before (or after) the others of a test. */
  static UUID recordId(String firstHex) {
    return UUID.fromString(firstHex + "0000000-0000-4000-8000-000000000000");
  }
}
