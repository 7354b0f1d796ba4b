package org.dmp.interfaces.rest.fhir;

import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.record.RecordId;

/**
 * Resource ids in URLs: a DocumentReference's or a Binary's is its entryUUID, a Patient's its
 * record's id. An id that cannot be one is a 404 (no such resource), not a 400: a client that
 * follows our URLs never sends one.
 */
final class FhirIds {

  private FhirIds() {}

  static EntryUuid entry(String type, String id) {
    try {
      return EntryUuid.parse(id);
    } catch (RuntimeException e) {
      throw FhirInputException.notFound(type, type + "/" + id);
    }
  }

  static RecordId record(String id) {
    try {
      return RecordId.parse(id);
    } catch (RuntimeException e) {
      throw FhirInputException.notFound("Patient", "Patient/" + id);
    }
  }
}
