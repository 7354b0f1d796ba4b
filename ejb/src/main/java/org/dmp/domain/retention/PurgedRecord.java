package org.dmp.domain.retention;

import org.dmp.domain.record.RecordId;

/**
 * What the purge of a record removed, in counts only: the audit event that reports it must carry no
 * medical content.
 *
 * @param documents document entries (every metadata version)
 * @param rows every row removed, the record's own and its key included
 */
public record PurgedRecord(RecordId record, long documents, long rows) {

  /** The audit event's detail: counts, never content. */
  public String detail() {
    return "purge après conservation : clé de chiffrement détruite, "
        + documents
        + " entrée(s) de document, "
        + rows
        + " ligne(s) supprimée(s) / purged after retention: data key destroyed, "
        + documents
        + " document entr(ies), "
        + rows
        + " row(s) deleted";
  }
}
