package org.dmp.domain.content;

import org.dmp.domain.record.RecordId;

/**
 * The certified-host storage of document content. Content is encrypted under a data key of its own
 * record, so that destroying that key makes every document of the record unreadable at once
 * (crypto-shredding), and checked against its SHA-256 on every read.
 *
 * <p>Takes part in the caller's transaction: content stored by a transaction that rolls back is
 * gone with it.
 */
public interface ContentStore {

  /** Creates the data key of a new record. */
  void createRecordKey(RecordId record);

  /** Stores the content of a document of the record; returns where it is. */
  ContentRef store(RecordId record, DocumentContent content);

  /**
   * Reads back content of the record.
   *
   * @throws ContentIntegrityException if the stored bytes are not exactly those stored, or do not
   *     hash to {@code expectedSha256}
   */
  byte[] read(RecordId record, ContentRef ref, String expectedSha256);
}
