package org.dmp.application.history;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.notification.Notification;
import org.dmp.domain.notification.NotificationOutbox;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/** The access history of a record, for its patient, their representatives and auditors. */
@Stateless
@ApplicationService
@DenyAll
public class AccessHistory {

  @Inject RecordRepository records;
  @Inject AccessGuard guard;
  @Inject AuditTrail audit;
  @Inject NotificationOutbox outbox;

  /** Every act on the record, oldest first, refusals included. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.AUDITOR})
  public List<HistoryEntry> of(@NotNull Caller caller, @NotNull RecordId id) {
    allowed(caller, id);
    return audit.ofRecord(id).stream().map(HistoryEntry::of).toList();
  }

  /**
   * What the portal's summary shows of the history, read as one reading of it: the latest acts by
   * others than the patient's side, who declared themselves treating physician last, and the
   * emergency-access notifications. Reads only the few rows it shows, however long the history.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public HistorySummary summary(@NotNull Caller caller, @NotNull RecordId id, int latest) {
    allowed(caller, id);
    List<HistoryEntry> byOthers =
        audit
            .latestOfRecord(
                id, Set.of(ActorKind.PATIENT, ActorKind.REPRESENTATIVE), Set.of(), latest)
            .stream()
            .map(HistoryEntry::of)
            .toList();
    String treatingPhysician =
        audit
            .latestOfRecord(id, Set.of(), Set.of(AuditAction.DECLARE_TREATING_PHYSICIAN), 20)
            .stream()
            .map(HistoryEntry::of)
            .filter(e -> e.decision() == Decision.ALLOWED)
            .map(HistoryEntry::actorName)
            .findFirst()
            .orElse(null);
    return new HistorySummary(byOthers, treatingPhysician, outbox.ofRecord(id));
  }

  /** The notifications of emergency accesses to the record, oldest first. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.AUDITOR})
  public List<Notification> notifications(@NotNull Caller caller, @NotNull RecordId id) {
    allowed(caller, id);
    return outbox.ofRecord(id);
  }

  private void allowed(Caller caller, RecordId id) {
    Record record = records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    AccessDecision decision =
        guard.require(caller, Action.READ_ACCESS_HISTORY, record, AuditAction.READ_ACCESS_HISTORY);
    audit.append(
        AuditEntry.allowed(
            caller, AuditAction.READ_ACCESS_HISTORY, id.value(), null, decision.rule().name()));
  }
}
