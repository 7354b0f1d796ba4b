package org.dmp.domain.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.record.RecordId;

/** Where document entries are kept. */
public interface DocumentRepository {

  Optional<DocumentEntry> find(EntryUuid id);

  /** The record of an entry, without loading the entry (so that it is read after the lock). */
  Optional<RecordId> recordIdOf(EntryUuid id);

  /** Those of {@code uniqueIds} that a document entry already has. */
  List<DocumentUniqueId> existingUniqueIds(Collection<DocumentUniqueId> uniqueIds);

  boolean existsEntryUuid(EntryUuid id);

  /**
   * The record's documents, newest first: the latest metadata version of each (a superseded version
   * carries confidentiality codes that no longer hold, so it is never listed).
   */
  List<DocumentEntry> listForRecord(RecordId record);

  /** The latest metadata version of the document this entry is a version of. */
  DocumentEntry latestVersion(DocumentEntry entry);

  void add(DocumentEntry entry);

  /** The latest version of the document with this unique id. */
  Optional<DocumentEntry> findByUniqueId(DocumentUniqueId uniqueId);

  /** The latest versions of the documents of a submission set. */
  List<DocumentEntry> inSubmissionSet(EntryUuid set);

  void add(SubmissionSet set);

  Optional<SubmissionSet> findSubmissionSet(EntryUuid id);

  Optional<SubmissionSet> findSubmissionSetByUniqueId(String uniqueId);

  /** The record's submission sets, newest first. */
  List<SubmissionSet> submissionSets(RecordId record);
}
