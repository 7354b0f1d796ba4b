package org.dmp.domain.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.record.RecordId;

/**
 * The records whose purge date has come, and their purge. A record is due when it is CLOSED and its
 * purge date ({@link org.dmp.domain.record.Record#RETENTION} after its closure) is not after now; a
 * reactivated record has no purge date.
 */
public interface RecordPurges {

  /** Up to {@code limit} due records, by id, after {@code after} ({@code null}: from the first). */
  List<RecordId> due(Instant now, RecordId after, int limit);

  /**
   * Purges the record in the caller's transaction if it is still due and no other transaction holds
   * it (another server purging it, a reactivation under way): its data key first (crypto-shredding,
   * with the content sealed under it), then every row of the record and of its patient. The audit
   * trail stays.
   *
   * @return what was removed; empty when the record was not due or was held elsewhere
   */
  Optional<PurgedRecord> purge(RecordId record, Instant now);
}
