package org.dmp.application.opening;

import org.dmp.domain.verification.CodeCheck;

/**
 * The end of an online opening: the code's outcome and, when it was accepted, the patient's new
 * login, to be shown once ("Notez votre identifiant"). Returned rather than thrown so that a wrong
 * code's spent attempt is kept.
 */
public record OpeningConfirmation(CodeCheck check, String login) {

  public boolean opened() {
    return check.accepted();
  }

  static OpeningConfirmation refused(CodeCheck check) {
    return new OpeningConfirmation(check, null);
  }
}
