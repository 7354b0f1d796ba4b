package org.dmp.application.shared;

import org.dmp.domain.shared.DmpException;

/** The caller a boundary passed is not who the authenticated account may act as. */
public class CallerMismatchException extends DmpException {

  CallerMismatchException(String login, String actor) {
    super(
        "CALLER_MISMATCH",
        "Le compte « " + login + " » ne peut pas agir en tant que " + actor,
        "Account '" + login + "' may not act as " + actor);
  }
}
