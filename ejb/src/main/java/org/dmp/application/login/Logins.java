package org.dmp.application.login;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.dmp.application.access.ActAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.application.verification.CodeDelivery;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountKind;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.account.NewPassword;
import org.dmp.domain.account.PasswordHash;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.notification.Message;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.verification.CodeCheck;
import org.dmp.domain.verification.CodePurpose;
import org.dmp.domain.verification.OneTimeCodes;

/**
 * The steps of a login around the container's password check. The password itself is verified by
 * the security realm (the pages call {@code HttpServletRequest.login}); this service counts the
 * wrong ones (the realm refuses a locked account), sends and checks the one-time code of a
 * patient's or representative's session, and changes passwords.
 */
@Stateless
@ApplicationService
@DenyAll
public class Logins {

  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject OneTimeCodes codes;
  @Inject CodeDelivery delivery;
  @Inject RecordRepository records;
  @Inject ActAudit audit;
  @Inject Clock clock;

  /**
   * A wrong password was typed for {@code login}: counted, the fifth in a row locks the account.
   * Anonymous by nature (nobody is logged in yet); an unknown login changes nothing.
   *
   * @return until when the account is now locked, if it is
   */
  @PermitAll
  public Optional<Instant> wrongPassword(String login) {
    Instant now = clock.instant();
    return accounts
        .lock(login)
        .flatMap(
            account -> {
              account.recordFailedLogin(now);
              return account.isLocked(now) ? account.lockedUntil() : Optional.empty();
            });
  }

  /** Whether the account is locked now, and until when (the login page says so). */
  @PermitAll
  public Optional<Instant> lockedUntil(String login) {
    Instant now = clock.instant();
    return accounts.find(login).filter(a -> a.isLocked(now)).flatMap(Account::lockedUntil);
  }

  /** The container accepted the password: the count of wrong ones starts again. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.COUNTER_AGENT,
    Roles.COUNTER_SUPERVISOR,
    Roles.AUDITOR
  })
  public SignedIn passwordAccepted() {
    Account account = me();
    account.recordSuccessfulLogin();
    boolean codeRequired =
        account.kind() == AccountKind.PATIENT || account.kind() == AccountKind.REPRESENTATIVE;
    if (!codeRequired) {
      auditLogin(account);
    }
    return new SignedIn(
        account.login(),
        account.kind(),
        account.actorId(),
        account.displayName(),
        account.organisation().orElse(null),
        account.roles(),
        codeRequired,
        account.mustChangePassword(),
        account.credentialStamp());
  }

  /** Sends a new one-time code to the account's address; an earlier code no longer works. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public CodeSent sendCode() {
    Account account = me();
    String email = account.email().orElseThrow(LoginRefusedException::noContact);
    delivery.send(
        CodePurpose.LOGIN,
        account.login(),
        email,
        code ->
            new Message(
                email,
                "Votre code de connexion / Your login code",
                "Bonjour,\n\nVotre code de connexion à votre dossier médical partagé est : "
                    + code
                    + "\nIl est valable 10 minutes et ne sert qu'une fois. Si vous n'avez pas"
                    + " demandé ce code, ne le communiquez à personne et changez votre mot de"
                    + " passe.\n\nHello,\n\nYour code to log in to your shared medical record is: "
                    + code
                    + "\nIt is valid for 10 minutes, once. If you did not ask for it, give it to"
                    + " nobody and change your password.\n"),
        LoginRefusedException::tooManyCodes);
    return CodeSent.to(email);
  }

  /** Checks the typed code; an accepted code completes (and audits) the login. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public CodeCheck checkCode(String typed) {
    Account account = me();
    CodeCheck check =
        codes
            .latest(CodePurpose.LOGIN, account.login())
            .map(c -> c.check(typed, clock.instant()))
            .orElse(CodeCheck.NONE);
    if (check.accepted()) {
      auditLogin(account);
    }
    return check;
  }

  /** Replaces the password (at the first login: the letter's initial secret). */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.COUNTER_AGENT,
    Roles.COUNTER_SUPERVISOR,
    Roles.AUDITOR
  })
  public String changePassword(String current, String chosen) {
    Account account = me();
    NewPassword password = new NewPassword(chosen).notContaining(account.login());
    if (current == null || !account.hasPassword(current)) {
      throw LoginRefusedException.wrongCurrentPassword();
    }
    if (account.hasPassword(password.value())) {
      throw new LoginRefusedException(
          "PASSWORD_UNCHANGED",
          "Choisissez un mot de passe différent de l'actuel.",
          "Choose a password different from the current one.");
    }
    account.changePassword(PasswordHash.of(password.value()));
    return account.credentialStamp();
  }

  /**
   * Whether a page session may go on: the account is still enabled and its credentials are the ones
   * the session logged in with (renewed at a counter, changed elsewhere, or the account disabled:
   * the session ends at its next page).
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.COUNTER_AGENT,
    Roles.COUNTER_SUPERVISOR,
    Roles.AUDITOR
  })
  public boolean stillValid(String credentialStamp) {
    return accounts
        .find(context.getCallerPrincipal().getName())
        .filter(Account::isEnabled)
        .filter(a -> a.credentialStamp().equals(credentialStamp))
        .isPresent();
  }

  private Account me() {
    String login = context.getCallerPrincipal().getName();
    return accounts
        .lock(login)
        .orElseThrow(() -> new IllegalStateException("authenticated without an account"));
  }

  /** The patient's login shows in their access history; other logins in the server's trail. */
  private void auditLogin(Account account) {
    Actor actor = new Actor(account.kind().actsAs(), account.actorId(), account.displayName());
    Caller caller = Caller.of(actor, Channel.WEB);
    java.util.UUID recordId =
        account.kind() == AccountKind.PATIENT
            ? records.findByNir(Nir.parse(account.actorId())).map(r -> r.id().value()).orElse(null)
            : null;
    audit.add(
        AuditEntry.allowed(caller, AuditAction.LOGIN, recordId, null, "AUTHENTICATED")
            .withDetail("connexion au portail"));
  }
}
