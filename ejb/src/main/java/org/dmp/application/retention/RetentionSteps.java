package org.dmp.application.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.retention.Housekeeping;
import org.dmp.domain.retention.PurgedRecord;
import org.dmp.domain.retention.RecordPurges;
import org.dmp.domain.retention.Sweep;

/**
 * The units of the retention job, each its own transaction: one record's purge (with its audit
 * event), one batch of a sweep. A failure rolls back that unit only.
 */
@Stateless
@PermitAll // internal: reached from Retention only, never from a boundary
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionSteps {

  /** The rule the purge event names: the record's retention period ran out. */
  static final String RULE = "RETENTION";

  private static final Caller SERVER = Caller.of(Actor.SYSTEM, Channel.INTERNAL);

  @Inject RecordPurges purges;
  @Inject Housekeeping housekeeping;
  @Inject AuditTrail audit;

  /**
   * Purges the record if it is still due and not held by another server; the purge event closes its
   * audit chain, in the same transaction.
   */
  public Optional<PurgedRecord> purge(RecordId record, Instant now) {
    Optional<PurgedRecord> purged = purges.purge(record, now);
    purged.ifPresent(
        p ->
            audit.append(
                AuditEntry.allowed(SERVER, AuditAction.PURGE, record.value(), null, RULE)
                    .withDetail(p.detail())));
    return purged;
  }

  /** One batch of a sweep; how many rows went. */
  public int sweep(Sweep sweep, Instant now, int limit) {
    return housekeeping.sweep(sweep, now, limit);
  }
}
