package org.dmp.domain.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.RecordId;

/**
 * The reimbursement lines kept for patients who have a record, and for each of them the current
 * reimbursement document and the digest of the lines it shows.
 */
public interface ReimbursementLedger {

  /** Keeps these lines; lines already kept (same values) are not kept twice. */
  void keep(List<ReimbursementLine> lines);

  /** The kept lines of these patients from {@code since} on. */
  Map<Nir, List<ReimbursementLine>> linesSince(List<Nir> patients, LocalDate since);

  /** The current document of each of these patients that has one. */
  Map<Nir, PatientDocument> documents(List<Nir> patients);

  void save(Nir patient, PatientDocument document);

  /** A patient's current reimbursement document and the digest of what it shows. */
  record PatientDocument(RecordId record, EntryUuid entry, String digest) {}

  default Optional<PatientDocument> document(Nir patient) {
    return Optional.ofNullable(documents(List.of(patient)).get(patient));
  }
}
