package org.dmp.domain.audit;

/** Whether the act was allowed; denials are audited like grants. */
public enum Decision {
  ALLOWED,
  DENIED
}
