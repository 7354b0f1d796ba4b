package org.dmp.domain.record;

import org.dmp.domain.shared.DmpException;

/** A lifecycle step that does not apply to the record as it is now. */
public class RecordLifecycleException extends DmpException {

  private RecordLifecycleException(String code, String french, String english) {
    super(code, french, english);
  }

  static RecordLifecycleException alreadyClosed() {
    return new RecordLifecycleException(
        "RECORD_ALREADY_CLOSED", "Le dossier est déjà fermé", "The record is already closed");
  }

  static RecordLifecycleException notClosed() {
    return new RecordLifecycleException(
        "RECORD_NOT_CLOSED",
        "Seul un dossier fermé peut être réactivé",
        "Only a closed record can be reactivated");
  }

  static RecordLifecycleException purgeDue() {
    return new RecordLifecycleException(
        "RECORD_PURGE_DUE",
        "Le dossier a atteint sa date de purge (10 ans après la fermeture) et ne peut plus être réactivé",
        "The record has reached its purge date (10 years after closure) and can no longer be reactivated");
  }

  static RecordLifecycleException commentRequired() {
    return new RecordLifecycleException(
        "CLOSURE_COMMENT_REQUIRED",
        "Précisez le motif de fermeture « autre » dans le commentaire",
        "Explain the closure reason 'other' in the comment");
  }
}
