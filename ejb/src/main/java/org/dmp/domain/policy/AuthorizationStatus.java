package org.dmp.domain.policy;

/** A professional's authorization on a record, as the record-management service reports it. */
public enum AuthorizationStatus {
  VALID,
  EXPIRED,
  /** Blocked by the patient. */
  FORBIDDEN,
  NONE
}
