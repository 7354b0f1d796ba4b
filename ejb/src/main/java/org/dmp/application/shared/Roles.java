package org.dmp.application.shared;

/**
 * The container roles (Elytron, from the account_role table). A role says what kind of caller it
 * is; the access policy decides about this record and this document.
 */
public final class Roles {

  public static final String PATIENT = "PATIENT";
  public static final String REPRESENTATIVE = "REPRESENTATIVE";
  public static final String PROFESSIONAL = "PROFESSIONAL";

  /** Organisations calling the SOAP services for their professionals. */
  public static final String PRACTICE_SOFTWARE = "PRACTICE_SOFTWARE";

  /** Organisations calling the REST services for their professionals. */
  public static final String INSTITUTION = "INSTITUTION";

  public static final String COUNTER_AGENT = "COUNTER_AGENT";
  public static final String COUNTER_SUPERVISOR = "COUNTER_SUPERVISOR";
  public static final String FEED_SYSTEM = "FEED_SYSTEM";
  public static final String AUDITOR = "AUDITOR";

  private Roles() {}
}
