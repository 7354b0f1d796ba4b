package org.dmp.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.dmp.application.shared.ApplicationService;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.content.ContentLimit;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentNotFoundException;
import org.dmp.domain.document.DocumentRejectedException;
import org.dmp.domain.document.DocumentRepository;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/**
 * Feeding a record with documents, listing them and reading one back. Content goes to the encrypted
 * content store in the same transaction as its entry and its audit event.
 */
@Stateless
@ApplicationService
public class Documents {

  /** The only rule that applies until the access policy decides reads and feeds. */
  static final String ACTIVE_RECORD_RULE = "RECORD_ACTIVE";

  @Inject RecordRepository records;
  @Inject DocumentRepository documents;
  @Inject ContentStore contents;
  @Inject ContentLimit limit;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Adds a document to an active record. A replacement (RPLC) deprecates the document it replaces,
   * which must be a current document of the same record.
   */
  public DocumentView add(
      @NotNull Caller caller,
      @NotNull RecordId recordId,
      @NotNull @Valid DocumentMetadata metadata,
      @NotNull byte[] bytes) {
    Record record =
        records.lock(recordId).orElseThrow(() -> RecordNotFoundException.forId(recordId));
    record.ensureActive();
    DocumentContent content = DocumentContent.of(bytes);
    limit.check(content);
    if (documents.existsUniqueId(metadata.uniqueId())) {
      throw DocumentRejectedException.duplicateUniqueId(metadata.uniqueId());
    }
    if (metadata.entryUuid() != null && documents.existsEntryUuid(metadata.entryUuid())) {
      throw DocumentRejectedException.duplicateEntryUuid(metadata.entryUuid());
    }
    if (metadata.replaces() != null) {
      replaced(recordId, metadata.replaces()).deprecate();
    }
    ContentRef ref = contents.store(recordId, content);
    DocumentEntry entry = DocumentEntry.accept(recordId, metadata, content, ref, clock.instant());
    documents.add(entry);
    audit(caller, AuditAction.FEED, entry.recordId(), entry.entryUuid());
    return DocumentView.of(entry);
  }

  /** Every document entry of an active record, newest first. */
  public List<DocumentView> list(@NotNull Caller caller, @NotNull RecordId recordId) {
    records
        .find(recordId)
        .orElseThrow(() -> RecordNotFoundException.forId(recordId))
        .ensureActive();
    List<DocumentView> found =
        documents.listForRecord(recordId).stream().map(DocumentView::of).toList();
    audit(caller, AuditAction.SEARCH, recordId, null);
    return found;
  }

  /** A document and its content, checked against the hash recorded when it was fed. */
  public DocumentWithContent read(@NotNull Caller caller, @NotNull EntryUuid id) {
    DocumentEntry entry = documents.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
    records
        .find(entry.recordId())
        .orElseThrow(() -> RecordNotFoundException.forId(entry.recordId()))
        .ensureActive();
    byte[] content = contents.read(entry.recordId(), entry.contentRef(), entry.sha256());
    audit(caller, AuditAction.READ_DOCUMENT, entry.recordId(), id);
    return new DocumentWithContent(DocumentView.of(entry), content);
  }

  private DocumentEntry replaced(RecordId recordId, EntryUuid id) {
    return documents
        .find(id)
        .filter(old -> old.recordId().equals(recordId) && old.isCurrent())
        .orElseThrow(() -> DocumentRejectedException.replacedNotInRecord(id));
  }

  private void audit(Caller caller, AuditAction action, RecordId record, EntryUuid document) {
    audit.append(
        AuditEntry.allowed(
            caller,
            action,
            record.value(),
            document == null ? null : document.value(),
            ACTIVE_RECORD_RULE));
  }
}
