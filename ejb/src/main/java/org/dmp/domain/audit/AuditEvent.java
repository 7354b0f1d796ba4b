package org.dmp.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;

/**
 * One event of the audit trail. Never changed once written.
 *
 * <p>Events belong to a chain (one per record, and one for acts on no record); each carries its
 * position in the chain, the hash of the previous event and its own hash over all its fields.
 * Changing, removing or reordering an event breaks the chain from that point on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The chain of acts that concern no record (logins, searches for unknown patients). */
  public static final String SERVER_CHAIN = "dmp";

  /** The previous hash of the first event of a chain. */
  public static final String GENESIS = "0".repeat(64);

  @Id private UUID id;

  @Column(name = "chain_id", nullable = false, length = 40)
  private String chainId;

  @Column(nullable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false, length = 24)
  private ActorKind actorKind;

  @Column(name = "actor_id", nullable = false, length = 200)
  private String actorId;

  @Column(name = "actor_name", nullable = false, length = 200)
  private String actorName;

  /** A professional's profession (G15 code) when they acted; null for other actors. */
  @Column(name = "actor_profession", length = 4)
  private String actorProfession;

  /** A professional's organisation when they acted (its name, or its FINESS); null otherwise. */
  @Column(name = "actor_organisation", length = 220)
  private String actorOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_mode", nullable = false, length = 16)
  private AccessMode accessMode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AuditAction action;

  @Column(name = "record_id")
  private UUID recordId;

  @Column(name = "document_id")
  private UUID documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Decision decision;

  @Column(nullable = false, length = 64)
  private String rule;

  @Column(length = 1000)
  private String detail;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  /** The event that follows {@code previousSeq}/{@code previousHash} in the chain. */
  public static AuditEvent chained(
      String chainId, long previousSeq, String previousHash, AuditEntry entry, Instant now) {
    AuditEvent e = new AuditEvent();
    e.id = UUID.randomUUID();
    e.chainId = chainId;
    e.seq = previousSeq + 1;
    // the database keeps microseconds: hash what will be read back
    e.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
    e.actorKind = entry.caller().actor().kind();
    e.actorId = entry.caller().actor().id();
    e.actorName = entry.caller().actor().displayName();
    ProfessionalRole role = entry.caller().actor().role();
    if (role != null) {
      e.actorProfession = role.profession().code();
      e.actorOrganisation = organisation(role);
    }
    e.channel = entry.caller().channel();
    e.accessMode = entry.caller().mode();
    e.action = entry.action();
    e.recordId = entry.recordId();
    e.documentId = entry.documentId();
    e.decision = entry.decision();
    e.rule = entry.rule();
    e.detail = entry.detail();
    e.prevHash = previousHash;
    e.hash = e.computeHash();
    return e;
  }

  private static String organisation(ProfessionalRole role) {
    String finess = role.organisation() == null ? null : role.organisation().value();
    String name = role.organisationName();
    String shown = name == null ? finess : finess == null ? name : name + " (" + finess + ")";
    return shown == null || shown.length() <= 220 ? shown : shown.substring(0, 220);
  }

  /** The chain an act on this record (or on none) belongs to. */
  public static String chainOf(UUID recordId) {
    return recordId == null ? SERVER_CHAIN : recordId.toString();
  }

  /** The hash of this event's fields and its predecessor's hash, recomputed now. */
  public String computeHash() {
    return stored().computeHash();
  }

  /** This event as the verification reads it back, column by column. */
  public StoredEvent stored() {
    return new StoredEvent(
        id,
        chainId,
        seq,
        occurredAt,
        name(actorKind),
        actorId,
        actorName,
        name(channel),
        name(accessMode),
        name(action),
        recordId,
        documentId,
        name(decision),
        rule,
        detail,
        prevHash,
        hash,
        actorProfession,
        actorOrganisation);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Whether this event is intact and follows the event whose hash is given. */
  public boolean follows(String previousHash) {
    return prevHash.equals(previousHash) && hash.equals(computeHash());
  }

  public UUID id() {
    return id;
  }

  public String chainId() {
    return chainId;
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public String actorId() {
    return actorId;
  }

  public String actorName() {
    return actorName;
  }

  /** The G15 code of the professional's profession when they acted, or null. */
  public String actorProfession() {
    return actorProfession;
  }

  /** The professional's organisation when they acted, or null. */
  public String actorOrganisation() {
    return actorOrganisation;
  }

  public Channel channel() {
    return channel;
  }

  public AccessMode accessMode() {
    return accessMode;
  }

  public AuditAction action() {
    return action;
  }

  public UUID recordId() {
    return recordId;
  }

  public UUID documentId() {
    return documentId;
  }

  public Decision decision() {
    return decision;
  }

  public String rule() {
    return rule;
  }

  public String detail() {
    return detail;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
