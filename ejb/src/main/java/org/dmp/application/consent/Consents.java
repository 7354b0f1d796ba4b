package org.dmp.application.consent;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.record.RecordView;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.consent.AuthorizationSource;
import org.dmp.domain.consent.ConsentRepository;
import org.dmp.domain.consent.ProfessionalAccess;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/**
 * Who may see the record: the patient (or a representative) authorizes, revokes, blocks and
 * unblocks professionals and gives the treating physician's rights; a professional records the
 * patient's oral consent for themselves; the treating physician is declared. Each change is audited
 * with the rule that allowed it.
 */
@Stateless
@ApplicationService
@DenyAll
public class Consents {

  @Inject RecordRepository records;
  @Inject ConsentRepository consents;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;

  /** The patient authorizes a professional, until {@code until} if given. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView authorize(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps, Instant until) {
    return change(
        caller,
        record,
        rpps,
        AuditAction.GRANT,
        (a, now) -> a.authorize(AuthorizationSource.PATIENT, until, now));
  }

  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView revoke(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps) {
    return change(caller, record, rpps, AuditAction.REVOKE, ProfessionalAccess::revoke);
  }

  /** Blocks a professional: they can neither read nor feed, whatever else holds. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView block(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps) {
    return change(caller, record, rpps, AuditAction.BLOCK, ProfessionalAccess::block);
  }

  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView unblock(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps) {
    return change(caller, record, rpps, AuditAction.UNBLOCK, ProfessionalAccess::unblock);
  }

  /** Gives a professional the same rights as the treating physician. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView giveTreatingRights(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps) {
    return change(
        caller,
        record,
        rpps,
        AuditAction.GIVE_TREATING_RIGHTS,
        ProfessionalAccess::giveTreatingRights);
  }

  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public ProfessionalAccessView withdrawTreatingRights(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull Rpps rpps) {
    return change(
        caller,
        record,
        rpps,
        AuditAction.WITHDRAW_TREATING_RIGHTS,
        ProfessionalAccess::withdrawTreatingRights);
  }

  /** Every professional's standing on the record, for the patient's page. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public List<ProfessionalAccessView> accesses(@NotNull Caller caller, @NotNull RecordId id) {
    Record record = find(id);
    AccessDecision decision =
        guard.require(caller, Action.MANAGE_AUTHORIZATIONS, record, AuditAction.READ_RECORD);
    Instant now = clock.instant();
    List<ProfessionalAccessView> all =
        consents.accesses(id).stream().map(a -> ProfessionalAccessView.of(a, now)).toList();
    audit(caller, AuditAction.READ_RECORD, record, decision, "accès des professionnels");
    return all;
  }

  /**
   * The calling professional's software records the patient's oral consent: the caller is
   * authorized, until {@code until} if given.
   */
  @RolesAllowed({Roles.PROFESSIONAL, Roles.PRACTICE_SOFTWARE, Roles.INSTITUTION})
  public ProfessionalAccessView recordOralConsent(
      @NotNull Caller caller, @NotNull RecordId id, Instant until) {
    return forOwnAccess(
        caller,
        id,
        AuditAction.ORAL_CONSENT,
        (a, now) -> a.authorize(AuthorizationSource.ORAL_CONSENT, until, now));
  }

  /** The calling professional withdraws their own authorization. */
  @RolesAllowed({Roles.PROFESSIONAL, Roles.PRACTICE_SOFTWARE, Roles.INSTITUTION})
  public ProfessionalAccessView withdrawOwnAuthorization(
      @NotNull Caller caller, @NotNull RecordId id) {
    return forOwnAccess(caller, id, AuditAction.WITHDRAW_ORAL_CONSENT, ProfessionalAccess::revoke);
  }

  /**
   * Declares the treating physician: the patient names anyone ({@code null} to withdraw the
   * declaration); a doctor declares themselves, with the patient's consent.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public RecordView declareTreatingPhysician(
      @NotNull Caller caller, @NotNull RecordId id, Rpps rpps) {
    Record record = records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    // a doctor declares themselves; naming anyone else is the patient's choice (the policy decides)
    Action action =
        rpps != null && rpps.value().equals(caller.actor().id())
            ? Action.DECLARE_TREATING_PHYSICIAN
            : Action.DESIGNATE_TREATING_PHYSICIAN;
    AccessDecision decision =
        guard.require(caller, action, record, AuditAction.DECLARE_TREATING_PHYSICIAN);
    record.declareTreatingPhysician(rpps);
    audit(
        caller,
        AuditAction.DECLARE_TREATING_PHYSICIAN,
        record,
        decision,
        rpps == null ? "aucun" : "RPPS " + rpps);
    return RecordView.of(record, caller, guard.facts(caller, record));
  }

  private ProfessionalAccessView change(
      Caller caller,
      RecordId id,
      Rpps rpps,
      AuditAction audited,
      BiConsumer<ProfessionalAccess, Instant> change) {
    Record record = records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    AccessDecision decision = guard.require(caller, Action.MANAGE_AUTHORIZATIONS, record, audited);
    return apply(caller, record, rpps, audited, decision, change);
  }

  private ProfessionalAccessView forOwnAccess(
      Caller caller,
      RecordId id,
      AuditAction audited,
      BiConsumer<ProfessionalAccess, Instant> change) {
    Record record = records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    AccessDecision decision = guard.require(caller, Action.RECORD_ORAL_CONSENT, record, audited);
    return apply(caller, record, caller.actor().rpps(), audited, decision, change);
  }

  private ProfessionalAccessView apply(
      Caller caller,
      Record record,
      Rpps rpps,
      AuditAction audited,
      AccessDecision decision,
      BiConsumer<ProfessionalAccess, Instant> change) {
    Instant now = clock.instant();
    ProfessionalAccess access = consents.accessForUpdate(record.id(), rpps);
    change.accept(access, now);
    audit(caller, audited, record, decision, "RPPS " + rpps);
    return ProfessionalAccessView.of(access, now);
  }

  private Record find(RecordId id) {
    return records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  private void audit(
      Caller caller, AuditAction action, Record record, AccessDecision decision, String detail) {
    audit.add(
        AuditEntry.allowed(caller, action, record.id().value(), null, decision.rule().name())
            .withDetail(detail));
  }
}
