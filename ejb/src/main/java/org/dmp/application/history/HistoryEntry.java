package org.dmp.application.history;

import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.shared.DmpException;

/**
 * One line of the access history.
 *
 * @param actorProfession a professional's profession when they acted, or null
 * @param actorOrganisation a professional's organisation when they acted, or null
 * @param document the document concerned, or null
 */
public record HistoryEntry(
    Instant occurredAt,
    ActorKind actorKind,
    String actorName,
    Profession actorProfession,
    String actorOrganisation,
    UUID document,
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
        profession(e.actorProfession()),
        e.actorOrganisation(),
        e.documentId(),
        e.action(),
        e.accessMode(),
        e.channel(),
        e.decision(),
        e.rule(),
        e.detail());
  }

  /** Whether this was an access in an emergency mode (break-glass, centre 15). */
  public boolean emergency() {
    return mode != null && mode != AccessMode.NORMAL;
  }

  private static Profession profession(String code) {
    try {
      return code == null ? null : Profession.ofCode(code);
    } catch (DmpException unknown) {
      return null; // a code since withdrawn from G15: the line is shown without it
    }
  }
}
