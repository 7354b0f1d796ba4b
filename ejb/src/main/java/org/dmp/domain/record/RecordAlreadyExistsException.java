package org.dmp.domain.record;

import org.dmp.domain.shared.DmpException;

/** The patient already has a record: one record per patient. */
public class RecordAlreadyExistsException extends DmpException {

  public RecordAlreadyExistsException(RecordStatus status) {
    super(
        "RECORD_EXISTS",
        status == RecordStatus.CLOSED
            ? "Ce patient a déjà un dossier, fermé : réactivez-le au lieu d'en ouvrir un autre"
            : "Ce patient a déjà un dossier ouvert",
        status == RecordStatus.CLOSED
            ? "This patient already has a record, closed: reactivate it instead of opening another"
            : "This patient already has an open record");
  }
}
