package org.dmp.domain.record;

/** Where a record is in its lifecycle. A reopened record is fed and read like an open one. */
public enum RecordStatus {
  OPEN,
  CLOSED,
  REOPENED;

  public boolean isActive() {
    return this != CLOSED;
  }
}
