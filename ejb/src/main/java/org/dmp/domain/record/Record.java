package org.dmp.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.Require;

/**
 * A patient's shared medical record (DMP). One per patient, identified by the patient's INS.
 *
 * <p>Lifecycle: a record is opened (online by the patient, at a counter, at a pharmacy, by a
 * professional or an institution), may be closed with a reason, and may be reactivated until it is
 * purged. A closed record is neither read nor fed; it is kept for {@link #RETENTION} after closure,
 * then purged. Reactivation cancels the purge.
 */
@Entity
@Table(name = "record")
public class Record {

  /** How long a closed record is kept before it is purged. */
  public static final Period RETENTION = Period.ofYears(10);

  @Id private UUID id;

  @Column(name = "ins_nir", nullable = false, length = 15, unique = true)
  private String insNir;

  @Column(name = "ins_oid", nullable = false, length = 64)
  private String insOid;

  @Embedded private IdentityTraits identity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RecordStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "opening_channel", nullable = false, length = 16)
  private OpeningChannel openingChannel;

  @Column(name = "opened_by", nullable = false, length = 200)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  /**
   * The FINESS of the organisation the opener acted in, when their role names one (a pharmacy is
   * paid for the records opened at its counter); {@code opened_by} names the person only.
   */
  @Column(name = "opened_by_finess", length = 9)
  private String openedByFiness;

  /** That organisation's name, as the opener's assertion gave it. */
  @Column(name = "opened_by_organisation", length = 200)
  private String openedByOrganisation;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 200)
  private String closedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 32)
  private ClosureReason closureReason;

  @Column(name = "closure_comment", length = 500)
  private String closureComment;

  /** Kept rather than derived so that the purge job finds due records through an index. */
  @Column(name = "purge_due_at")
  private Instant purgeDueAt;

  @Column(name = "reactivated_at")
  private Instant reactivatedAt;

  /** The patient's setting: may a professional read in an emergency without authorization. */
  @Column(name = "break_glass_allowed", nullable = false)
  private boolean breakGlassAllowed = true;

  /** The patient's setting: may the emergency regulation doctor (centre 15) read. */
  @Column(name = "centre15_allowed", nullable = false)
  private boolean centre15Allowed = true;

  /** The RPPS of the declared treating physician (médecin traitant), if any. */
  @Column(name = "treating_physician", length = 11)
  private String treatingPhysician;

  @Version private long version;

  protected Record() {}

  private Record(
      RecordId id,
      Ins ins,
      IdentityTraits identity,
      OpeningChannel channel,
      Actor openedBy,
      Instant now) {
    this.id = id.value();
    this.insNir = ins.value();
    this.insOid = ins.oid();
    this.identity = Require.present(identity, "traits d'identité", "identity traits");
    this.status = RecordStatus.OPEN;
    this.openingChannel = Require.present(channel, "canal d'ouverture", "opening channel");
    this.openedBy = Require.present(openedBy, "auteur de l'ouverture", "opener").reference();
    if (openedBy.role() != null && openedBy.role().organisation() != null) {
      this.openedByFiness = openedBy.role().organisation().value();
      this.openedByOrganisation = truncated(openedBy.role().organisationName(), 200);
    }
    this.openedAt = Require.present(now, "date d'ouverture", "opening time");
  }

  private static String truncated(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  /** Opens a new record for a patient, who has consented to it. */
  public static Record open(
      Ins ins,
      IdentityTraits identity,
      OpeningChannel channel,
      boolean patientConsented,
      Actor openedBy,
      Instant now) {
    if (!patientConsented) {
      throw new ConsentRequiredException();
    }
    Require.present(ins, "INS", "INS");
    Require.present(channel, "canal d'ouverture", "opening channel").checkOpenedBy(openedBy.kind());
    return new Record(RecordId.generate(), ins, identity, channel, openedBy, now);
  }

  /**
   * Closes the record. A reason is required, and for {@link ClosureReason#OTHER} a comment that
   * explains it; the purge date is set {@link #RETENTION} after now.
   */
  public void close(ClosureReason reason, String comment, Actor by, Instant now) {
    Require.present(reason, "motif de fermeture", "closure reason");
    if (reason == ClosureReason.OTHER && (comment == null || comment.isBlank())) {
      throw RecordLifecycleException.commentRequired();
    }
    if (status == RecordStatus.CLOSED) {
      throw RecordLifecycleException.alreadyClosed();
    }
    this.status = RecordStatus.CLOSED;
    this.closureReason = reason;
    this.closureComment = comment == null || comment.isBlank() ? null : comment.strip();
    this.closedBy = by.reference();
    this.closedAt = now;
    this.purgeDueAt = now.atOffset(ZoneOffset.UTC).plus(RETENTION).toInstant();
  }

  /** Reopens a closed record before its purge date; the purge is cancelled. */
  public void reactivate(Actor by, Instant now) {
    if (status != RecordStatus.CLOSED) {
      throw RecordLifecycleException.notClosed();
    }
    if (!now.isBefore(purgeDueAt)) {
      throw RecordLifecycleException.purgeDue();
    }
    this.status = RecordStatus.REOPENED;
    this.reactivatedAt = now;
    this.purgeDueAt = null;
  }

  /** The patient allows or refuses break-glass access. */
  public void allowBreakGlass(boolean allowed) {
    this.breakGlassAllowed = allowed;
  }

  /** The patient allows or refuses centre-15 access. */
  public void allowCentre15(boolean allowed) {
    this.centre15Allowed = allowed;
  }

  /** Declares (or changes) the treating physician; {@code null} withdraws the declaration. */
  public void declareTreatingPhysician(Rpps rpps) {
    this.treatingPhysician = rpps == null ? null : rpps.value();
  }

  /** Refuses any reading or feeding of a closed record. */
  public void ensureActive() {
    if (!status.isActive()) {
      throw new RecordClosedException(closedAt);
    }
  }

  public RecordId id() {
    return new RecordId(id);
  }

  public Ins ins() {
    return new Ins(new Nir(insNir), InsAuthority.ofOid(insOid));
  }

  public IdentityTraits identity() {
    return identity;
  }

  public RecordStatus status() {
    return status;
  }

  public OpeningChannel openingChannel() {
    return openingChannel;
  }

  public String openedBy() {
    return openedBy;
  }

  /** The FINESS of the organisation the opener acted in, or {@code null}. */
  public String openedByFiness() {
    return openedByFiness;
  }

  /** That organisation's name, or {@code null}. */
  public String openedByOrganisation() {
    return openedByOrganisation;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public ClosureReason closureReason() {
    return closureReason;
  }

  public String closureComment() {
    return closureComment;
  }

  public Instant purgeDueAt() {
    return purgeDueAt;
  }

  public Instant reactivatedAt() {
    return reactivatedAt;
  }

  public boolean breakGlassAllowed() {
    return breakGlassAllowed;
  }

  public boolean centre15Allowed() {
    return centre15Allowed;
  }

  /** The treating physician's RPPS, or {@code null}. */
  public Rpps treatingPhysician() {
    return treatingPhysician == null ? null : new Rpps(treatingPhysician);
  }
}
