package org.dmp.domain.document;

import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.policy.Action;

/**
 * A change of a document's availability status, and what the access policy and the audit trail call
 * it: archiving (and restoring an archived document) is an archive, deleting (and restoring a
 * deleted one) a deletion.
 */
public record StatusChange(AvailabilityStatus from, AvailabilityStatus to) {

  /** The action the access policy decides. */
  public Action action() {
    return to == AvailabilityStatus.DELETED || from == AvailabilityStatus.DELETED
        ? Action.DELETE
        : Action.ARCHIVE;
  }

  /** How the audit trail names it. */
  public AuditAction audited() {
    return switch (to) {
      case ARCHIVED -> AuditAction.ARCHIVE;
      case DELETED -> AuditAction.DELETE;
      default -> AuditAction.RESTORE;
    };
  }
}
