package org.dmp.application.record;

/** A record just opened, and the first-login letter of its patient's new account. */
public record OpenedRecord(RecordView record, FirstLogin firstLogin) {}
