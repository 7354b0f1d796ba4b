package org.dmp.domain.consent;

import java.util.List;
import java.util.Optional;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.RecordId;

/** Where the patient's consent decisions are kept. */
public interface ConsentRepository {

  Optional<ProfessionalAccess> access(RecordId record, Rpps rpps);

  /** The professional's standing on the record, created (with nothing granted) if absent. */
  ProfessionalAccess accessForUpdate(RecordId record, Rpps rpps);

  List<ProfessionalAccess> accesses(RecordId record);

  boolean isRepresentative(RecordId record, String representativeId);

  List<LegalRepresentative> representatives(RecordId record);

  /** The records this person is a legal representative of. */
  List<RecordId> representedBy(String representativeId);

  void add(LegalRepresentative representative);

  void remove(LegalRepresentative representative);
}
