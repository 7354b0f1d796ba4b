package org.dmp.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.record.RecordId;

/**
 * A notification waiting in the outbox: to whom (the patient, or the treating physician), about
 * which record, and what happened (who read it in which emergency mode, and why).
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind", nullable = false, length = 24)
  private ActorKind recipientKind;

  @Column(name = "recipient_id", nullable = false, length = 200)
  private String recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccessMode kind;

  @Column(name = "accessed_by", nullable = false, length = 200)
  private String accessedBy;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Notification() {}

  /** Tells {@code recipient} that {@code caller} read the record in an emergency mode. */
  public static Notification ofEmergencyAccess(
      RecordId record, ActorKind recipientKind, String recipientId, Caller caller, Instant now) {
    Notification n = new Notification();
    n.id = UUID.randomUUID();
    n.recordId = record.value();
    n.recipientKind = recipientKind;
    n.recipientId = recipientId;
    n.kind = caller.mode();
    n.accessedBy = caller.actor().displayName() + " (" + caller.actor().reference() + ")";
    n.reason = caller.reason();
    n.createdAt = now;
    return n;
  }

  public UUID id() {
    return id;
  }

  public RecordId recordId() {
    return new RecordId(recordId);
  }

  public ActorKind recipientKind() {
    return recipientKind;
  }

  public String recipientId() {
    return recipientId;
  }

  public AccessMode kind() {
    return kind;
  }

  public String accessedBy() {
    return accessedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
