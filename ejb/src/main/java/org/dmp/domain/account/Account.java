package org.dmp.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

  protected Account() {}

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
    if (!enabled || actor.kind() != kind.actsAs()) {
      return false;
    }
    return kind == AccountKind.ORGANISATION || actor.id().equals(actorId);
  }
}
