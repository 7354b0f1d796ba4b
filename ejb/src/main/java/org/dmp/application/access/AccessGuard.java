package org.dmp.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.consent.ConsentRepository;
import org.dmp.domain.consent.ProfessionalAccess;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.notification.Notification;
import org.dmp.domain.notification.NotificationOutbox;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.AccessPolicy;
import org.dmp.domain.policy.Action;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.policy.DocumentFacts;
import org.dmp.domain.policy.RecordFacts;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.Record;

/**
 * The application's side of the access policy. Gathers the facts the policy needs (the record, the
 * caller's standing on it), asks, and on a denial audits it in its own transaction and refuses.
 * Grants are audited by the service with the act itself, in the act's transaction.
 */
@ApplicationScoped
public class AccessGuard {

  @Inject AccessPolicy policy;
  @Inject ConsentRepository consents;
  @Inject DenialAudit denials;
  @Inject NotificationOutbox outbox;
  @Inject Clock clock;

  /** The facts about this record and this caller's standing on it. */
  public RecordFacts facts(Caller caller, Record record) {
    AuthorizationStatus authorization = AuthorizationStatus.NONE;
    boolean treatingRights = false;
    boolean representative = false;
    switch (caller.actor().kind()) {
      case PROFESSIONAL -> {
        var access = consents.access(record.id(), caller.actor().rpps());
        authorization = access.map(a -> a.status(clock.instant())).orElse(AuthorizationStatus.NONE);
        treatingRights = access.map(ProfessionalAccess::treatingRights).orElse(false);
      }
      case REPRESENTATIVE ->
          representative = consents.isRepresentative(record.id(), caller.actor().id());
      default -> {}
    }
    return new RecordFacts(
        record.status(),
        record.breakGlassAllowed(),
        record.centre15Allowed(),
        record.ins().value(),
        record.treatingPhysician() == null ? null : record.treatingPhysician().value(),
        authorization,
        treatingRights,
        representative);
  }

  /** Allows opening a record for this patient, or audits the denial and refuses. */
  public AccessDecision requireOpening(Caller caller, Ins ins) {
    return enforce(
        caller, AuditAction.OPEN_RECORD, null, null, policy.decideOpening(caller, ins.value()));
  }

  /** Allows an action on the record, or audits the denial and refuses. */
  public AccessDecision require(Caller caller, Action action, Record record, AuditAction audited) {
    return permit(caller, action, record, audited).decision();
  }

  /**
   * Like {@link #require(Caller, Action, Record, AuditAction)}, with the facts it decided on, for
   * acts that go on to filter what they show (the facts cost a query).
   */
  public Permit permit(Caller caller, Action action, Record record, AuditAction audited) {
    RecordFacts facts = facts(caller, record);
    AccessDecision decision =
        enforce(caller, audited, record.id().value(), null, policy.decide(caller, action, facts));
    return new Permit(decision, facts);
  }

  /** An allowed action on a record and the facts about the caller's standing it was decided on. */
  public record Permit(AccessDecision decision, RecordFacts facts) {}

  /** Allows an action on a document, or audits the denial and refuses. */
  public AccessDecision require(
      Caller caller, Action action, Record record, DocumentEntry document, AuditAction audited) {
    AccessDecision decision =
        policy.decide(caller, action, facts(caller, record), DocumentFacts.of(document));
    return enforce(caller, audited, record.id().value(), document.entryUuid().value(), decision);
  }

  /**
   * The rule that keeps the caller from reading this document, or null if they may: what a refusal
   * of another action on it may reveal. Not audited (the refusal it explains is).
   */
  public Rule readRefusal(Caller caller, Record record, DocumentEntry document) {
    AccessDecision decision =
        policy.decide(
            caller, Action.READ_DOCUMENT, facts(caller, record), DocumentFacts.of(document));
    return decision.allowed() ? null : decision.rule();
  }

  /** Whether the caller may read this document; for filtering lists, not audited one by one. */
  public boolean mayRead(Caller caller, RecordFacts facts, DocumentEntry document) {
    return policy.decide(caller, Action.READ_DOCUMENT, facts, DocumentFacts.of(document)).allowed();
  }

  /**
   * Whether the policy allows this action on the record, on facts already gathered; for deciding
   * what a view shows (the act itself was decided and audited), not audited.
   */
  public boolean allows(Caller caller, Action action, RecordFacts facts) {
    return policy.decide(caller, action, facts).allowed();
  }

  /**
   * After a read in break-glass or centre-15 mode: the patient and the treating physician are told
   * who read, when and why.
   */
  public void notifyIfEmergency(Caller caller, Record record, AccessDecision decision) {
    if (decision.rule() != Rule.BREAK_GLASS && decision.rule() != Rule.CENTRE_15) {
      return;
    }
    outbox.add(
        Notification.ofEmergencyAccess(
            record.id(), ActorKind.PATIENT, record.ins().value(), caller, clock.instant()));
    if (record.treatingPhysician() != null) {
      outbox.add(
          Notification.ofEmergencyAccess(
              record.id(),
              ActorKind.PROFESSIONAL,
              record.treatingPhysician().value(),
              caller,
              clock.instant()));
    }
  }

  private AccessDecision enforce(
      Caller caller, AuditAction audited, UUID recordId, UUID documentId, AccessDecision decision) {
    if (!decision.allowed()) {
      denials.record(
          new AuditEntry(
              caller,
              audited,
              recordId,
              documentId,
              Decision.DENIED,
              decision.rule().name(),
              decision.reason()));
      throw new AccessDeniedException(decision);
    }
    return decision;
  }
}
