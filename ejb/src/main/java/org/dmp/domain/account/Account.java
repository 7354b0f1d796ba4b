package org.dmp.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dmp.domain.actor.Actor;

/**
 * An account of the security realm, as far as the application needs it: its login, what it stands
 * for, and the actor id it acts under. Passwords and roles are read by the realm itself
 * (config/cli/security.cli), never by the application.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @Column(length = 200)
  private String login;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AccountKind kind;

  /** The actor id: the patient's INS, the professional's RPPS, the agent's or system's id. */
  @Column(name = "actor_id", length = 200)
  private String actorId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(name = "password_salt", nullable = false, length = 100)
  private String passwordSalt;

  @Column(name = "password_rounds", nullable = false)
  private int passwordRounds;

  /** The initial secret of a first-login letter must be replaced at the first login. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** A person's name as the pages greet them; an agent's own name. */
  @Column(name = "display_name", length = 200)
  private String displayName;

  /** The counter (CPAM office) or pharmacy an agent works at, shown on every page. */
  @Column(length = 200)
  private String organisation;

  /** Where the one-time code of each login goes. */
  @Column(length = 254)
  private String email;

  @Column(length = 20)
  private String phone;

  /** Wrong passwords in a row; the realm refuses the account until {@link #lockedUntil}. */
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "login"))
  @Column(name = "role", length = 32)
  private Set<String> roles = new HashSet<>();

  protected Account() {}

  /**
   * The account of a patient whose record was just opened: a login and a one-time initial secret,
   * to be replaced by the patient's own password at the first login.
   */
  public static Account patient(String login, String nir, PasswordHash initialSecret) {
    Account a = new Account();
    a.login = login;
    a.kind = AccountKind.PATIENT;
    a.actorId = nir;
    a.enabled = true;
    a.passwordHash = initialSecret.hash();
    a.passwordSalt = initialSecret.salt();
    a.passwordRounds = initialSecret.rounds();
    a.mustChangePassword = true;
    a.roles.add("PATIENT");
    return a;
  }

  /**
   * The account of a legal representative recorded at a counter: like a patient's, a login and a
   * one-time initial secret; the representative acts under their login.
   */
  public static Account representative(String login, String name, PasswordHash initialSecret) {
    Account a = patient(login, login, initialSecret);
    a.kind = AccountKind.REPRESENTATIVE;
    a.displayName = name;
    a.roles.clear();
    a.roles.add("REPRESENTATIVE");
    return a;
  }

  /** Wrong passwords in a row that lock an account. */
  public static final int MAX_FAILED_LOGINS = 5;

  /**
   * How long a locked account waits: long enough to make guessing hopeless (five tries per quarter
   * of an hour), short enough for a patient who mistyped to try again the same day.
   */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  /** Where the patient's login codes go, given at the counter that opened the record. */
  public void setContact(String email, String phone) {
    this.email = email;
    this.phone = phone;
  }

  public void describe(String displayName, String organisation) {
    this.displayName = displayName;
    this.organisation = organisation;
  }

  /** A wrong password: the fifth in a row locks the account for {@link #LOCK_DURATION}. */
  public void recordFailedLogin(Instant now) {
    if (isLocked(now)) {
      return;
    }
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedLogins = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  /** Replaces the password (or the letter's initial secret): the new one is the patient's own. */
  public void changePassword(PasswordHash password) {
    this.passwordHash = password.hash();
    this.passwordSalt = password.salt();
    this.passwordRounds = password.rounds();
    this.mustChangePassword = false;
  }

  /**
   * A new initial secret (credentials renewed at a counter): the account is unlocked and enabled
   * again, and the secret must be replaced at the next login.
   */
  public void renewInitialSecret(PasswordHash initialSecret) {
    changePassword(initialSecret);
    this.mustChangePassword = true;
    this.enabled = true;
    recordSuccessfulLogin();
  }

  /**
   * What changes whenever the password does (a new random salt each time): a page session started
   * with another stamp was opened with credentials that no longer hold.
   */
  public String credentialStamp() {
    return passwordSalt;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Verifies a password the way the realm does (to re-check the current one before a change). */
  public boolean hasPassword(String password) {
    return PasswordHash.matches(password, passwordHash, passwordSalt, passwordRounds);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public String displayName() {
    return displayName == null ? login : displayName;
  }

  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  public String actorId() {
    return actorId;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String login() {
    return login;
  }

  public AccountKind kind() {
    return kind;
  }

  /**
   * Whether a call made with this account may be made as {@code actor}: the same kind and id, or
   * for an organisation any professional (its signed assertion, checked by the boundary, names
   * them).
   */
  public boolean mayActAs(Actor actor) {
    return enabled && mayActAs(kind, actorId, actor);
  }

  /** The same rule for an enabled account of this kind and actor id. */
  public static boolean mayActAs(AccountKind kind, String actorId, Actor actor) {
    if (actor.kind() != kind.actsAs()) {
      return false;
    }
    return kind == AccountKind.ORGANISATION || actor.id().equals(actorId);
  }
}
