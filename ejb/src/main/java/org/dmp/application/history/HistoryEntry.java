package org.dmp.application.history;

import java.time.Instant;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.Decision;

/** One line of the access history. */
public record HistoryEntry(
    Instant occurredAt,
    ActorKind actorKind,
    String actorName,
    AuditAction action,
    AccessMode mode,
    Channel channel,
    Decision decision,
    String rule,
    String detail) {

  static HistoryEntry of(AuditEvent e) {
    return new HistoryEntry(
        e.occurredAt(),
        e.actorKind(),
        e.actorName(),
        e.action(),
        e.accessMode(),
        e.channel(),
        e.decision(),
        e.rule(),
        e.detail());
  }
}
