package org.dmp.domain.audit;

/** What was done, as the patient's access history names it. */
public enum AuditAction {
  OPEN_RECORD,
  CLOSE_RECORD,
  REACTIVATE_RECORD,
  READ_RECORD,
  SEARCH,
  READ_DOCUMENT,
  FEED,
  UPDATE_METADATA,
  GRANT,
  REVOKE,
  BLOCK,
  UNBLOCK,
  BREAK_GLASS,
  LOGIN,
  PURGE
}
