package org.dmp.domain.consent;

/** Who recorded an authorization. */
public enum AuthorizationSource {
  /** The patient (or their representative), on the portal or at a counter. */
  PATIENT,
  /** The professional's software, after the patient's oral consent. */
  ORAL_CONSENT
}
