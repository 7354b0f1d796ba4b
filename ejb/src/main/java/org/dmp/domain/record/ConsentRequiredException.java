package org.dmp.domain.record;

import org.dmp.domain.shared.DmpException;

/** A record is opened only with the patient's consent, whoever opens it and however. */
public class ConsentRequiredException extends DmpException {

  public ConsentRequiredException() {
    super(
        "PATIENT_CONSENT",
        "Le dossier ne s'ouvre qu'avec le consentement du patient : recueillez-le avant l'ouverture",
        "A record is opened only with the patient's consent: obtain it before opening");
  }
}
