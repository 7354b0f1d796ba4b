package org.dmp.domain.record;

import java.util.List;
import java.util.Optional;
import org.dmp.domain.patient.Nir;

/** Where records are kept. */
public interface RecordRepository {

  Optional<Record> find(RecordId id);

  /** The record of the person with this NIR, whatever the authority that issued it. */
  Optional<Record> findByNir(Nir nir);

  /** The record, locked against concurrent changes until the transaction ends. */
  Optional<Record> lock(RecordId id);

  /** The record of the person with this NIR, locked until the transaction ends (one query). */
  Optional<Record> lockByNir(Nir nir);

  /**
   * The records of the persons with these NIRs (those that have one), locked until the transaction
   * ends, in NIR order (so that two callers locking overlapping sets wait instead of deadlocking),
   * in one query: for the bulk feeds' batches of patients.
   */
  List<Record> lockAllByNir(List<Nir> nirs);

  void add(Record record);
}
