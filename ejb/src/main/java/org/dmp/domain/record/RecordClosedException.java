package org.dmp.domain.record;

import java.time.Instant;
import org.dmp.domain.shared.DmpException;

/** The record is closed: it is neither read nor fed until it is reactivated. */
public class RecordClosedException extends DmpException {

  public RecordClosedException(Instant closedAt) {
    super(
        "RECORD_CLOSED",
        "Le dossier est fermé depuis le " + closedAt + " : il ne peut être ni lu ni alimenté",
        "The record has been closed since " + closedAt + ": it can be neither read nor fed");
  }
}
