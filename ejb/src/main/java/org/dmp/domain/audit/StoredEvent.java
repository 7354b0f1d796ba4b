package org.dmp.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An audit event as stored, column by column (enumerations as their text): what the verification
 * reads back, and the one definition of an event's hash. Text columns are kept as text so that a
 * value changed in the database to something no enumeration holds is still an altered event, not an
 * unreadable one.
 */
public record StoredEvent(
    UUID id,
    String chainId,
    long seq,
    Instant occurredAt,
    String actorKind,
    String actorId,
    String actorName,
    String channel,
    String accessMode,
    String action,
    UUID recordId,
    UUID documentId,
    String decision,
    String rule,
    String detail,
    String prevHash,
    String hash,
    String actorProfession,
    String actorOrganisation) {

  /** The hash of this event's fields and its predecessor's hash, recomputed now. */
  public String computeHash() {
    StringBuilder canonical = new StringBuilder();
    for (Object field :
        new Object[] {
          chainId,
          seq,
          occurredAt,
          actorKind,
          actorId,
          actorName,
          channel,
          accessMode,
          action,
          recordId,
          documentId,
          decision,
          rule,
          detail,
          prevHash
        }) {
      // length-prefixed, so that no field's content can pass for a separator
      append(canonical, field == null ? "" : field.toString());
    }
    // hashed only when present: the events recorded before these fields existed (V17) keep the
    // hash they were chained with
    if (actorProfession != null || actorOrganisation != null) {
      append(canonical, actorProfession == null ? "" : actorProfession);
      append(canonical, actorOrganisation == null ? "" : actorOrganisation);
    }
    return sha256(canonical.toString());
  }

  /** The same event as if it had been written at another position of its chain. */
  public StoredEvent atSeq(long otherSeq) {
    return new StoredEvent(
        id,
        chainId,
        otherSeq,
        occurredAt,
        actorKind,
        actorId,
        actorName,
        channel,
        accessMode,
        action,
        recordId,
        documentId,
        decision,
        rule,
        detail,
        prevHash,
        hash,
        actorProfession,
        actorOrganisation);
  }

  /** Appends a field to a canonical text, length-prefixed. */
  public static void append(StringBuilder canonical, String text) {
    canonical.append(text.length()).append(':').append(text).append(';');
  }

  /** The SHA-256 of a text (UTF-8), in lower-case hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
