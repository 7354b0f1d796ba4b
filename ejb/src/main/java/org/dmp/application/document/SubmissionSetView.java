package org.dmp.application.document;

import java.time.Instant;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.SubmissionSet;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.Oid;

/** A submission set as the boundaries show it. */
public record SubmissionSetView(
    EntryUuid entryUuid,
    RecordId recordId,
    Oid uniqueId,
    Oid sourceId,
    Instant submissionTime,
    Code contentTypeCode,
    String title,
    Author author) {

  static SubmissionSetView of(SubmissionSet s) {
    return new SubmissionSetView(
        s.entryUuid(),
        s.recordId(),
        s.uniqueId(),
        s.sourceId(),
        s.submissionTime(),
        s.contentTypeCode(),
        s.title(),
        s.author());
  }
}
