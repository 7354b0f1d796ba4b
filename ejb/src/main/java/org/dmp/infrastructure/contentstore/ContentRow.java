package org.dmp.infrastructure.contentstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document's content, encrypted: nonce then ciphertext and tag. */
@Entity
@Table(name = "document_content")
class ContentRow {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(nullable = false)
  private byte[] sealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContentRow() {}

  ContentRow(UUID id, UUID recordId, byte[] sealed, Instant createdAt) {
    this.id = id;
    this.recordId = recordId;
    this.sealed = sealed;
    this.createdAt = createdAt;
  }

  UUID recordId() {
    return recordId;
  }

  byte[] sealed() {
    return sealed;
  }
}
