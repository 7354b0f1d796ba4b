package org.dmp.infrastructure.contentstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A record's data key, wrapped under a master key (named by its alias). The unwrapped key never
 * leaves memory; deleting this row makes the record's content unreadable forever.
 */
@Entity
@Table(name = "record_key")
class RecordKeyRow {

  @Id
  @Column(name = "record_id")
  private UUID recordId;

  @Column(name = "master_alias", nullable = false, length = 64)
  private String masterAlias;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RecordKeyRow() {}

  RecordKeyRow(UUID recordId, String masterAlias, byte[] wrappedKey, Instant createdAt) {
    this.recordId = recordId;
    this.masterAlias = masterAlias;
    this.wrappedKey = wrappedKey;
    this.createdAt = createdAt;
  }

  UUID recordId() {
    return recordId;
  }

  /** The same data key, wrapped under another master key (rotation). */
  void rewrap(String alias, byte[] wrapped) {
    this.masterAlias = alias;
    this.wrappedKey = wrapped;
  }

  String masterAlias() {
    return masterAlias;
  }

  byte[] wrappedKey() {
    return wrappedKey;
  }
}
