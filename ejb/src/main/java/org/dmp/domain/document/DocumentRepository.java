package org.dmp.domain.document;

import java.util.List;
import java.util.Optional;
import org.dmp.domain.record.RecordId;

/** Where document entries are kept. */
public interface DocumentRepository {

  Optional<DocumentEntry> find(EntryUuid id);

  boolean existsUniqueId(DocumentUniqueId uniqueId);

  boolean existsEntryUuid(EntryUuid id);

  /** Every entry of the record, newest first. */
  List<DocumentEntry> listForRecord(RecordId record);

  void add(DocumentEntry entry);
}
