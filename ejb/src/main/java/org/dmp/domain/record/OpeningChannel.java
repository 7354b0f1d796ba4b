package org.dmp.domain.record;

/** How a record was opened: kept for the insurer's statistics and the pharmacies' fee. */
public enum OpeningChannel {
  /** By the patient alone, on the portal. */
  ONLINE,
  /** By an agent at a health-insurance counter. */
  COUNTER,
  /** By a pharmacist at the pharmacy counter. */
  PHARMACY,
  /** By a professional's practice software, with the patient's consent. */
  PROFESSIONAL,
  /** By an institution (hospital, nursing home). */
  INSTITUTION
}
