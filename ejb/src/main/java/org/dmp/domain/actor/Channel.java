package org.dmp.domain.actor;

/** The way a request reached the record. */
public enum Channel {
  /** IHE XDS.b and the record-management web services, for practice software. */
  SOAP,
  /** FHIR / IHE MHD and the bulk feeds, for institutions. */
  REST,
  /** The counter and patient-portal pages. */
  WEB,
  /** The server's own jobs. */
  INTERNAL
}
