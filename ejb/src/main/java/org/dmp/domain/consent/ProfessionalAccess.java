package org.dmp.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;

/**
 * One professional's standing on one record, as the patient decided it: authorized (until a date or
 * not), blocked, given the treating physician's rights. Blocking withdraws the authorization and
 * the rights; a new authorization lifts the block, because the patient decided again.
 */
@Entity
@Table(name = "professional_access")
public class ProfessionalAccess {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(nullable = false, length = 11)
  private String rpps;

  @Column(name = "authorized_at")
  private Instant authorizedAt;

  @Column(name = "authorized_until")
  private Instant authorizedUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "authorization_source", length = 16)
  private AuthorizationSource source;

  @Column(nullable = false)
  private boolean blocked;

  @Column(name = "treating_rights", nullable = false)
  private boolean treatingRights;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ProfessionalAccess() {}

  public ProfessionalAccess(RecordId record, Rpps rpps, Instant now) {
    this.id = UUID.randomUUID();
    this.recordId = record.value();
    this.rpps = rpps.value();
    this.updatedAt = now;
  }

  /** Authorizes the professional, until {@code until} if given. */
  public void authorize(AuthorizationSource by, Instant until, Instant now) {
    if (until != null && !until.isAfter(now)) {
      throw new ConsentException(
          "AUTHORIZATION_END",
          "La fin de l'autorisation doit être dans le futur",
          "The authorization must end in the future");
    }
    this.authorizedAt = now;
    this.authorizedUntil = until;
    this.source = by;
    this.blocked = false;
    this.updatedAt = now;
  }

  /** Withdraws the authorization and any treating physician's rights. */
  public void revoke(Instant now) {
    this.authorizedAt = null;
    this.authorizedUntil = null;
    this.source = null;
    this.treatingRights = false;
    this.updatedAt = now;
  }

  /** Blocks the professional: whatever else holds, they can neither read nor feed. */
  public void block(Instant now) {
    revoke(now);
    this.blocked = true;
  }

  public void unblock(Instant now) {
    this.blocked = false;
    this.updatedAt = now;
  }

  /** Gives the professional the same rights as the treating physician. */
  public void giveTreatingRights(Instant now) {
    if (blocked) {
      throw new ConsentException(
          "PROFESSIONAL_BLOCKED",
          "Débloquez d'abord ce professionnel",
          "Unblock this professional first");
    }
    this.treatingRights = true;
    this.updatedAt = now;
  }

  public void withdrawTreatingRights(Instant now) {
    this.treatingRights = false;
    this.updatedAt = now;
  }

  /** The authorization as the record-management service reports it, at {@code now}. */
  public AuthorizationStatus status(Instant now) {
    if (blocked) {
      return AuthorizationStatus.FORBIDDEN;
    }
    if (authorizedAt == null) {
      return AuthorizationStatus.NONE;
    }
    return authorizedUntil != null && !now.isBefore(authorizedUntil)
        ? AuthorizationStatus.EXPIRED
        : AuthorizationStatus.VALID;
  }

  public RecordId recordId() {
    return new RecordId(recordId);
  }

  public Rpps rpps() {
    return new Rpps(rpps);
  }

  public boolean blocked() {
    return blocked;
  }

  public boolean treatingRights() {
    return treatingRights;
  }

  public Instant authorizedAt() {
    return authorizedAt;
  }

  public Instant authorizedUntil() {
    return authorizedUntil;
  }

  public AuthorizationSource source() {
    return source;
  }

  /** A consent decision that does not apply as asked. */
  public static class ConsentException extends DmpException {
    public ConsentException(String code, String french, String english) {
      super(code, french, english);
    }
  }
}
