package org.dmp.domain.document;

import org.dmp.domain.shared.DmpException;

/** No document with that identifier in the record. */
public class DocumentNotFoundException extends DmpException {

  public DocumentNotFoundException(Object id) {
    super(
        "DOCUMENT_NOT_FOUND",
        "Document introuvable dans le dossier : " + id,
        "No such document in the record: " + id);
  }
}
