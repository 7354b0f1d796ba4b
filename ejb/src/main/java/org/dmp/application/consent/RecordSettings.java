package org.dmp.application.consent;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.record.FirstLogin;
import org.dmp.application.record.Secrets;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.account.Contact;
import org.dmp.domain.account.PasswordHash;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.consent.ConsentRepository;
import org.dmp.domain.consent.LegalRepresentative;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The patient's emergency-access settings (break-glass, centre 15) and the legal representatives
 * recorded at a counter.
 */
@Stateless
@ApplicationService
@DenyAll
public class RecordSettings {

  @Inject RecordRepository records;
  @Inject ConsentRepository consents;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;
  @Inject AccountRepository accounts;

  /** Whether professionals may read in an emergency (break-glass) without authorization. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public void allowBreakGlass(@NotNull Caller caller, @NotNull RecordId id, boolean allowed) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(caller, Action.MANAGE_SETTINGS, record, AuditAction.CHANGE_SETTINGS);
    record.allowBreakGlass(allowed);
    audit(caller, record, decision, AuditAction.CHANGE_SETTINGS, "bris de glace " + onOff(allowed));
  }

  /** Whether the emergency regulation doctor (centre 15) may read. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public void allowCentre15(@NotNull Caller caller, @NotNull RecordId id, boolean allowed) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(caller, Action.MANAGE_SETTINGS, record, AuditAction.CHANGE_SETTINGS);
    record.allowCentre15(allowed);
    audit(caller, record, decision, AuditAction.CHANGE_SETTINGS, "centre 15 " + onOff(allowed));
  }

  /** Records a legal representative of the patient, who will act as the patient. */
  @RolesAllowed(Roles.COUNTER_AGENT)
  public void addRepresentative(
      @NotNull Caller caller,
      @NotNull RecordId id,
      @NotBlank String representativeId,
      @NotBlank String name) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(
            caller, Action.MANAGE_REPRESENTATIVES, record, AuditAction.ADD_REPRESENTATIVE);
    if (consents.isRepresentative(id, representativeId)) {
      throw new InvalidValueException(
          "REPRESENTATIVE_EXISTS",
          "Ce représentant légal est déjà enregistré",
          "This legal representative is already recorded");
    }
    consents.add(new LegalRepresentative(id, representativeId, name, clock.instant()));
    audit(caller, record, decision, AuditAction.ADD_REPRESENTATIVE, name);
  }

  @RolesAllowed(Roles.COUNTER_AGENT)
  public void removeRepresentative(
      @NotNull Caller caller, @NotNull RecordId id, @NotBlank String representativeId) {
    Record record = lock(id);
    AccessDecision decision =
        guard.require(
            caller, Action.MANAGE_REPRESENTATIVES, record, AuditAction.REMOVE_REPRESENTATIVE);
    LegalRepresentative representative =
        consents.representatives(id).stream()
            .filter(r -> r.representativeId().equals(representativeId))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "REPRESENTATIVE_UNKNOWN",
                        "Ce représentant légal n'est pas enregistré pour ce patient",
                        "This legal representative is not recorded for this patient"));
    consents.remove(representative);
    audit(caller, record, decision, AuditAction.REMOVE_REPRESENTATIVE, representative.name());
  }

  /**
   * Records a legal representative together with their own online account, and gives back its
   * first-login letter (login and one-time initial secret): the representative then logs in to the
   * portal like the patient, with a one-time code sent to their e-mail.
   */
  @RolesAllowed(Roles.COUNTER_AGENT)
  public FirstLogin addRepresentativeWithAccount(
      @NotNull Caller caller,
      @NotNull RecordId id,
      @NotBlank String name,
      @NotNull Contact contact) {
    String login = newRepresentativeLogin();
    addRepresentative(caller, id, login, name.strip());
    String secret = Secrets.initialSecret();
    Account account = Account.representative(login, name.strip(), PasswordHash.of(secret));
    account.setContact(contact.email(), contact.phone());
    accounts.add(account);
    return new FirstLogin(login, secret);
  }

  private String newRepresentativeLogin() {
    while (true) {
      String login = Secrets.representativeLogin();
      if (accounts.find(login).isEmpty()) {
        return login;
      }
    }
  }

  /** The patient's legal representatives (id and name), for the counter. */
  @RolesAllowed(Roles.COUNTER_AGENT)
  public List<RepresentativeView> representatives(@NotNull Caller caller, @NotNull RecordId id) {
    Record record = records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    AccessDecision decision =
        guard.require(caller, Action.MANAGE_REPRESENTATIVES, record, AuditAction.READ_RECORD);
    audit(caller, record, decision, AuditAction.READ_RECORD, "représentants légaux");
    return consents.representatives(id).stream()
        .map(r -> new RepresentativeView(r.representativeId(), r.name()))
        .toList();
  }

  /**
   * The patient's legal representatives, for the patient's side (read-only there: they are recorded
   * at a counter, with the papers that prove it). Read as part of "My information": the policy lets
   * the patient and their representatives see it.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public List<String> representativesOfRecord(@NotNull Caller caller, @NotNull RecordId id) {
    Record record = records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id));
    AccessDecision decision =
        guard.require(caller, Action.READ_PERSONAL_INFORMATION, record, AuditAction.READ_RECORD);
    audit(caller, record, decision, AuditAction.READ_RECORD, "représentants légaux");
    return consents.representatives(id).stream().map(LegalRepresentative::name).toList();
  }

  private Record lock(RecordId id) {
    return records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  private void audit(
      Caller caller, Record record, AccessDecision decision, AuditAction action, String detail) {
    audit.add(
        AuditEntry.allowed(caller, action, record.id().value(), null, decision.rule().name())
            .withDetail(detail));
  }

  private static String onOff(boolean allowed) {
    return allowed ? "autorisé" : "refusé";
  }
}
