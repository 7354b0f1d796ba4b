package org.dmp.application.shared;

import org.dmp.domain.shared.DmpException;

/**
 * Work to be done as an account (a background job, as its submitter) cannot be: the account no
 * longer exists or may no longer log in.
 */
public class AccountUnavailableException extends DmpException {

  public AccountUnavailableException(String login) {
    super(
        "ACCOUNT_UNAVAILABLE",
        "Le compte « " + login + " » n'existe plus ou ne peut plus se connecter",
        "The account '" + login + "' no longer exists or may no longer log in");
  }
}
