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

  /**
   * The latest events of a record, newest first, at most {@code limit}: those of actors of the
   * {@code leftOut} kinds are skipped; when {@code actions} is not empty, only those acts. A page
   * showing the last few acts must not read a history that grows with every visit.
   */
  List<AuditEvent> latestOfRecord(
      RecordId record,
      java.util.Set<org.dmp.domain.actor.ActorKind> leftOut,
      java.util.Set<AuditAction> actions,
      int limit);
}
