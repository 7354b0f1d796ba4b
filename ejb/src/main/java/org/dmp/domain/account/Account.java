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
import java.util.HashSet;
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
