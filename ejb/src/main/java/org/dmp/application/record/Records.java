package org.dmp.application.record;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.account.Contact;
import org.dmp.domain.account.PasswordHash;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.consent.ConsentRepository;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.shared.InvalidValueException;

/**
 * Opening, finding, closing and reactivating records. Each act is decided by the access policy and
 * audited in its own transaction; a refused act leaves nothing behind but its denial in the audit
 * trail.
 */
@Stateless
@ApplicationService
@DenyAll
public class Records {

  @Inject RecordRepository records;
  @Inject ContentStore contents;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;
  @Inject AccountRepository accounts;
  @Inject ConsentRepository consents;
  @Inject RecordOpening opening;

  /** Opens a record for a patient who consented to it; one record per patient. */
  @RolesAllowed({
    Roles.COUNTER_AGENT,
    Roles.PATIENT,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public RecordView open(
      @NotNull Caller caller,
      @NotNull Ins ins,
      @NotNull IdentityTraits identity,
      @NotNull OpeningChannel channel,
      boolean patientConsented) {
    return opening.open(caller, ins, identity, channel, patientConsented);
  }

  /**
   * Opens a record and the patient's account, whose first-login letter (login and one-time initial
   * secret) the opener hands to the patient.
   */
  @RolesAllowed({
    Roles.COUNTER_AGENT,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public OpenedRecord openWithFirstLogin(
      @NotNull Caller caller,
      @NotNull Ins ins,
      @NotNull IdentityTraits identity,
      @NotNull OpeningChannel channel,
      boolean patientConsented) {
    return openWithFirstLogin(caller, ins, identity, channel, patientConsented, null);
  }

  /**
   * The same, with where the patient is reached ({@code null}: not given): the one-time code of
   * each login goes to that e-mail. The account greets the patient by first names and name.
   */
  @RolesAllowed({
    Roles.COUNTER_AGENT,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public OpenedRecord openWithFirstLogin(
      @NotNull Caller caller,
      @NotNull Ins ins,
      @NotNull IdentityTraits identity,
      @NotNull OpeningChannel channel,
      boolean patientConsented,
      Contact contact) {
    RecordView record = open(caller, ins, identity, channel, patientConsented);
    String login = newLogin();
    String secret = Secrets.initialSecret();
    Account account = Account.patient(login, ins.value(), PasswordHash.of(secret));
    account.describe(identity.firstNames() + " " + nameOf(identity), null);
    if (contact != null) {
      account.setContact(contact.email(), contact.phone());
    }
    accounts.add(account);
    return new OpenedRecord(record, new FirstLogin(login, secret));
  }

  private static String nameOf(IdentityTraits identity) {
    return identity.usedName() == null ? identity.birthName() : identity.usedName();
  }

  /**
   * A new first-login letter for the patient of this record (forgotten password, locked or disabled
   * account): a new initial secret replaces the password, the account is unlocked and enabled
   * again. Only at a counter, only for an open record whose patient has an online account.
   */
  @RolesAllowed(Roles.COUNTER_AGENT)
  public FirstLogin renewCredentials(@NotNull Caller caller, @NotNull RecordId id) {
    return renewCredentials(caller, id, null);
  }

  /**
   * The same, with where the patient's codes go from now on ({@code null}: unchanged): an account
   * opened without an e-mail (by practice software) or with one the patient lost gets it here.
   */
  @RolesAllowed(Roles.COUNTER_AGENT)
  public FirstLogin renewCredentials(
      @NotNull Caller caller, @NotNull RecordId id, Contact contact) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(caller, Action.RENEW_CREDENTIALS, record, AuditAction.RENEW_CREDENTIALS);
    Account account =
        accounts.lockPatient(record.ins().value()).orElseThrow(NoPatientAccountException::new);
    if (contact != null) {
      account.setContact(
          contact.email(),
          contact.phone() == null ? account.phone().orElse(null) : contact.phone());
    } else if (account.email().isEmpty()) {
      throw new InvalidValueException(
          "CONTACT_EMAIL_REQUIRED",
          "Saisissez l'adresse e-mail du patient : ses codes de connexion y sont envoyés.",
          "Type the patient's e-mail address: their login codes are sent there.");
    }
    String secret = Secrets.initialSecret();
    account.renewInitialSecret(PasswordHash.of(secret));
    audit(caller, AuditAction.RENEW_CREDENTIALS, record, decision, "compte " + account.login());
    return new FirstLogin(account.login(), secret);
  }

  /** A login nobody has: P and ten digits, easy to type from a letter. */
  private String newLogin() {
    while (true) {
      String login = Secrets.patientLogin();
      if (accounts.find(login).isEmpty()) {
        return login;
      }
    }
  }

  /** The record of a patient, whatever its state, with the caller's own standing on it. */
  @RolesAllowed({
    Roles.COUNTER_AGENT,
    Roles.COUNTER_SUPERVISOR,
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.FEED_SYSTEM
  })
  public RecordView find(@NotNull Caller caller, @NotNull Ins ins) {
    return read(
        caller,
        records.findByNir(ins.nir()).orElseThrow(() -> RecordNotFoundException.forIns(ins)));
  }

  /**
   * The records the caller acts on in the portal: a patient's own, the records a legal
   * representative represents (oldest first); each read and audited like {@link #find}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public List<RecordView> ofCaller(@NotNull Caller caller) {
    List<Record> mine =
        caller.actor().kind() == ActorKind.PATIENT
            ? records.findByNir(Nir.parse(caller.actor().id())).stream().toList()
            : consents.representedBy(caller.actor().id()).stream()
                .flatMap(id -> records.find(id).stream())
                .toList();
    return mine.stream().map(record -> read(caller, record)).toList();
  }

  /**
   * A record by its id (the REST API's Patient resource id, which keeps the INS out of URLs), read
   * and audited like {@link #find}.
   */
  @RolesAllowed({
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.COUNTER_AGENT,
    Roles.COUNTER_SUPERVISOR
  })
  public RecordView get(@NotNull Caller caller, @NotNull RecordId id) {
    return read(caller, records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id)));
  }

  private RecordView read(Caller caller, Record record) {
    AccessGuard.Permit permit =
        guard.permit(caller, Action.READ_RECORD, record, AuditAction.READ_RECORD);
    audit(caller, AuditAction.READ_RECORD, record, permit.decision(), null);
    return RecordView.of(record, caller, permit.facts());
  }

  /**
   * The id of a patient's record, for an act that names the patient by INS: the act is decided and
   * audited on its own, so looking the id up is not a reading of the record (a practice software's
   * existence test says as much).
   */
  @RolesAllowed({Roles.PROFESSIONAL, Roles.PRACTICE_SOFTWARE, Roles.INSTITUTION})
  public RecordId idOf(@NotNull Caller caller, @NotNull Ins ins) {
    return records.findByNir(ins.nir()).orElseThrow(() -> RecordNotFoundException.forIns(ins)).id();
  }

  /** Closes a record; it will be purged ten years on unless reactivated. */
  @RolesAllowed({Roles.COUNTER_AGENT, Roles.PATIENT, Roles.REPRESENTATIVE})
  public RecordView close(
      @NotNull Caller caller, @NotNull RecordId id, @NotNull ClosureReason reason, String comment) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(caller, Action.CLOSE_RECORD, record, AuditAction.CLOSE_RECORD);
    record.close(reason, comment, caller.actor(), clock.instant());
    audit(caller, AuditAction.CLOSE_RECORD, record, decision, "motif " + reason);
    return RecordView.of(record, caller, guard.facts(caller, record));
  }

  /** Reopens a closed record before its purge date. */
  @RolesAllowed({
    Roles.COUNTER_AGENT,
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public RecordView reactivate(@NotNull Caller caller, @NotNull RecordId id) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(caller, Action.REACTIVATE_RECORD, record, AuditAction.REACTIVATE_RECORD);
    record.reactivate(caller.actor(), clock.instant());
    audit(caller, AuditAction.REACTIVATE_RECORD, record, decision, null);
    return RecordView.of(record, caller, guard.facts(caller, record));
  }

  private Record lock(RecordId id) {
    return records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  private void audit(
      Caller caller, AuditAction action, Record record, AccessDecision decision, String detail) {
    audit.add(
        AuditEntry.allowed(caller, action, record.id().value(), null, decision.rule().name())
            .withDetail(detail));
  }
}
