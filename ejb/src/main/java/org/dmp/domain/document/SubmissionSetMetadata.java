package org.dmp.domain.document;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.dmp.domain.shared.Oid;

/**
 * What a submitter says of a submission set: the act of feeding several documents at once (XDS
 * SubmissionSet). Its unique id and source id are OIDs; the content type code says what kind of
 * activity produced it.
 *
 * @param entryUuid the submitter's entryUUID, or {@code null} to have one assigned
 * @param author who submitted (optional in XDS)
 */
public record SubmissionSetMetadata(
    @NotNull Oid uniqueId,
    EntryUuid entryUuid,
    @NotNull Oid sourceId,
    @NotNull Instant submissionTime,
    Author author,
    @NotNull Code contentTypeCode,
    String title) {}
