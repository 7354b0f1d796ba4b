package org.dmp.domain.audit;

import java.util.List;
import org.dmp.domain.record.RecordId;

/**
 * The append-only audit trail. Appending takes part in the caller's transaction, so an act and its
 * audit event are stored together or not at all.
 */
public interface AuditTrail {

  AuditEvent append(AuditEntry entry);

  /** The events of a record, oldest first. */
  List<AuditEvent> ofRecord(RecordId record);
}
