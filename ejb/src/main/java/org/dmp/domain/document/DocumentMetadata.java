package org.dmp.domain.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * The metadata a submitter gives with a document, before the record has accepted it. Fields marked
 * mandatory are those XDS and the CI-SIS require of every document entry.
 *
 * @param entryUuid the submitter's entryUUID, or {@code null} to have one assigned
 * @param declaredSize the size the submitter announced, checked against the content if given
 * @param declaredSha1 the SHA-1 (hex) the submitter announced, checked if given
 * @param replaces the entry this document replaces (RPLC), or {@code null}
 */
public record DocumentMetadata(
    @NotNull DocumentUniqueId uniqueId,
    EntryUuid entryUuid,
    @NotNull ClassCode classCode,
    @NotNull Code typeCode,
    @NotNull Code formatCode,
    @NotBlank @Size(max = 128) String mimeType,
    @NotBlank @Size(max = 256) String title,
    @NotNull Author author,
    @NotNull Instant creationTime,
    Instant serviceStartTime,
    Instant serviceStopTime,
    @NotBlank @Size(max = 16) String languageCode,
    @NotEmpty Set<ConfidentialityCode> confidentiality,
    Code healthcareFacilityType,
    Code practiceSetting,
    @Size(max = 128) String submissionSetId,
    EntryUuid replaces,
    Long declaredSize,
    String declaredSha1) {

  /** The same metadata, for a document that replaces {@code replaced} (RPLC). */
  public DocumentMetadata replacing(EntryUuid replaced) {
    return new DocumentMetadata(
        uniqueId,
        entryUuid,
        classCode,
        typeCode,
        formatCode,
        mimeType,
        title,
        author,
        creationTime,
        serviceStartTime,
        serviceStopTime,
        languageCode,
        confidentiality,
        healthcareFacilityType,
        practiceSetting,
        submissionSetId,
        replaced,
        declaredSize,
        declaredSha1);
  }

  /** The same metadata, with the size and SHA-1 the submitter announced for the content. */
  public DocumentMetadata declaring(Long size, String sha1) {
    return new DocumentMetadata(
        uniqueId,
        entryUuid,
        classCode,
        typeCode,
        formatCode,
        mimeType,
        title,
        author,
        creationTime,
        serviceStartTime,
        serviceStopTime,
        languageCode,
        confidentiality,
        healthcareFacilityType,
        practiceSetting,
        submissionSetId,
        replaces,
        size,
        sha1);
  }

  /** The same metadata, as a member of the submission set {@code set}. */
  public DocumentMetadata inSubmissionSet(EntryUuid set) {
    return new DocumentMetadata(
        uniqueId,
        entryUuid,
        classCode,
        typeCode,
        formatCode,
        mimeType,
        title,
        author,
        creationTime,
        serviceStartTime,
        serviceStopTime,
        languageCode,
        confidentiality,
        healthcareFacilityType,
        practiceSetting,
        set.urn(),
        replaces,
        declaredSize,
        declaredSha1);
  }

  /** The same metadata under another title. */
  public DocumentMetadata titled(String newTitle) {
    return new DocumentMetadata(
        uniqueId,
        entryUuid,
        classCode,
        typeCode,
        formatCode,
        mimeType,
        newTitle,
        author,
        creationTime,
        serviceStartTime,
        serviceStopTime,
        languageCode,
        confidentiality,
        healthcareFacilityType,
        practiceSetting,
        submissionSetId,
        replaces,
        declaredSize,
        declaredSha1);
  }
}
