package org.dmp.domain.record;

/** Why a record was closed. */
public enum ClosureReason {
  /** The patient (or their legal representative) asked for it. */
  PATIENT_REQUEST,
  /** The patient died. */
  DECEASED,
  /** Any other reason, explained in the closure comment. */
  OTHER
}
