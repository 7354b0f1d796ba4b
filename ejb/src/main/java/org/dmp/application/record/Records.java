package org.dmp.application.record;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.dmp.application.shared.ApplicationService;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordAlreadyExistsException;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/**
 * Opening, finding, closing and reactivating records. Each act is audited in its own transaction; a
 * refused act leaves nothing behind.
 */
@Stateless
@ApplicationService
public class Records {

  /** The rule that allows lifecycle acts until the access policy takes over their decision. */
  static final String LIFECYCLE_RULE = "RECORD_LIFECYCLE";

  @Inject RecordRepository records;
  @Inject ContentStore contents;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Opens a record for a patient who consented to it; one record per patient. */
  public RecordView open(
      @NotNull Caller caller,
      @NotNull Ins ins,
      @NotNull IdentityTraits identity,
      @NotNull OpeningChannel channel) {
    records
        .findByNir(ins.nir())
        .ifPresent(
            existing -> {
              throw new RecordAlreadyExistsException(existing.status());
            });
    Record record = Record.open(ins, identity, channel, caller.actor(), clock.instant());
    records.add(record);
    contents.createRecordKey(record.id());
    audit(caller, AuditAction.OPEN_RECORD, record, "canal " + channel);
    return RecordView.of(record);
  }

  /** The record of a patient, whatever its state. */
  public RecordView find(@NotNull Caller caller, @NotNull Ins ins) {
    Record record =
        records.findByNir(ins.nir()).orElseThrow(() -> RecordNotFoundException.forIns(ins));
    audit(caller, AuditAction.READ_RECORD, record, null);
    return RecordView.of(record);
  }

  /** Closes a record; it will be purged ten years on unless reactivated. */
  public RecordView close(
      @NotNull Caller caller, @NotNull RecordId id, @NotNull ClosureReason reason, String comment) {
    Record record = lock(id);
    record.close(reason, comment, caller.actor(), clock.instant());
    audit(caller, AuditAction.CLOSE_RECORD, record, "motif " + reason);
    return RecordView.of(record);
  }

  /** Reopens a closed record before its purge date. */
  public RecordView reactivate(@NotNull Caller caller, @NotNull RecordId id) {
    Record record = lock(id);
    record.reactivate(caller.actor(), clock.instant());
    audit(caller, AuditAction.REACTIVATE_RECORD, record, null);
    return RecordView.of(record);
  }

  private Record lock(RecordId id) {
    return records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  private void audit(Caller caller, AuditAction action, Record record, String detail) {
    audit.append(
        AuditEntry.allowed(caller, action, record.id().value(), null, LIFECYCLE_RULE)
            .withDetail(detail));
  }
}
