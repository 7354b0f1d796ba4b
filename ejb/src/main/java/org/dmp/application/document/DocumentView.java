package org.dmp.application.document;

import java.time.Instant;
import java.util.Set;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;

/** A document entry's metadata as the boundaries show it. */
public record DocumentView(
    EntryUuid entryUuid,
    RecordId recordId,
    DocumentUniqueId uniqueId,
    EntryUuid logicalId,
    int metadataVersion,
    ClassCode classCode,
    Code typeCode,
    Code formatCode,
    Code healthcareFacilityType,
    Code practiceSetting,
    String mimeType,
    String title,
    Author author,
    Instant creationTime,
    Instant serviceStartTime,
    Instant serviceStopTime,
    String languageCode,
    long size,
    String sha1,
    Set<ConfidentialityCode> confidentiality,
    AvailabilityStatus status,
    String submissionSetId,
    EntryUuid replaces,
    Instant submittedAt,
    Ins patient) {

  /** The entry of the record of {@code patient}. */
  static DocumentView of(DocumentEntry e, Ins patient) {
    return new DocumentView(
        e.entryUuid(),
        e.recordId(),
        e.uniqueId(),
        e.logicalId(),
        e.metadataVersion(),
        e.classCode(),
        e.typeCode(),
        e.formatCode(),
        e.healthcareFacilityType(),
        e.practiceSetting(),
        e.mimeType(),
        e.title(),
        e.author(),
        e.creationTime(),
        e.serviceStartTime(),
        e.serviceStopTime(),
        e.languageCode(),
        e.size(),
        e.sha1(),
        e.confidentiality(),
        e.status(),
        e.submissionSetId(),
        e.replaces(),
        e.submittedAt(),
        patient);
  }
}
