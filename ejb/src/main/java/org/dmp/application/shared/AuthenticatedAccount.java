package org.dmp.application.shared;

import java.util.Optional;
import org.dmp.domain.account.AccountKind;

/**
 * The kind and actor id of the account the container authenticated for this call, as the security
 * realm loaded them at login; empty when the identity does not carry them (then the caller check
 * reads the account itself).
 */
public interface AuthenticatedAccount {

  /** What the realm said of the account: its kind and the actor it stands for. */
  record Grant(AccountKind kind, String actorId) {}

  Optional<Grant> current();
}
