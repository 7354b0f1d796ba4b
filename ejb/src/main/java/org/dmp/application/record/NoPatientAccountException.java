package org.dmp.application.record;

import org.dmp.domain.shared.DmpException;

/** The record's patient has no online account whose credentials could be renewed. */
public class NoPatientAccountException extends DmpException {

  public NoPatientAccountException() {
    super(
        "NO_PATIENT_ACCOUNT",
        "Ce patient n'a pas de compte en ligne : il n'y a pas d'identifiants à renouveler",
        "This patient has no online account: there are no credentials to renew");
  }
}
