package org.dmp.domain.record;

import org.dmp.domain.patient.Ins;
import org.dmp.domain.shared.DmpException;

/** No record exists for the patient or identifier given. */
public class RecordNotFoundException extends DmpException {

  private RecordNotFoundException(String french, String english) {
    super("RECORD_NOT_FOUND", french, english);
  }

  public static RecordNotFoundException forIns(Ins ins) {
    return new RecordNotFoundException(
        "Aucun dossier médical partagé pour l'INS " + ins.value(),
        "No shared medical record for INS " + ins.value());
  }

  public static RecordNotFoundException forId(RecordId id) {
    return new RecordNotFoundException(
        "Aucun dossier médical partagé d'identifiant " + id,
        "No shared medical record with id " + id);
  }
}
