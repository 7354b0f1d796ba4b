package org.dmp.domain.record;

import java.util.Optional;
import org.dmp.domain.patient.Nir;

/** Where records are kept. */
public interface RecordRepository {

  Optional<Record> find(RecordId id);

  /** The record of the person with this NIR, whatever the authority that issued it. */
  Optional<Record> findByNir(Nir nir);

  /** The record, locked against concurrent changes until the transaction ends. */
  Optional<Record> lock(RecordId id);

  void add(Record record);
}
