package org.dmp.domain.document;

/**
 * Where a document entry stands. Approved entries are the current ones; a replaced document or a
 * superseded metadata version is Deprecated; Archived and Deleted are the French extensions
 * (archived documents stay readable on request, deleted ones are no longer shown).
 */
public enum AvailabilityStatus {
  APPROVED("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved"),
  DEPRECATED("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated"),
  ARCHIVED("urn:asip:ci-sis:2010:StatusType:Archived"),
  DELETED("urn:asip:ci-sis:2010:StatusType:Deleted");

  private final String urn;

  AvailabilityStatus(String urn) {
    this.urn = urn;
  }

  /** The status as XDS writes it. */
  public String urn() {
    return urn;
  }
}
