package org.dmp.domain.information;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.record.RecordId;

/**
 * Where each record's "My information" is kept. Callers hold the record's lock while they change
 * it, so two transactions never create the same record's row twice.
 */
public interface PatientInformationRepository {

  /** The contact details, {@link ContactDetails#NONE} when none were given. */
  ContactDetails contact(RecordId record);

  void saveContact(RecordId record, ContactDetails contact, Instant now);

  /** The organ-donation wish, {@link OrganDonationWish#NOT_STATED} when none was given. */
  OrganDonationWish organDonationWish(RecordId record);

  void saveOrganDonationWish(RecordId record, OrganDonationWish wish, Instant now);

  /** The persons to notify, in the order they were added. */
  List<EmergencyContact> emergencyContacts(RecordId record);

  void add(RecordId record, EmergencyContact contact, Instant now);

  /** Removes one person to notify of this record; false if the record has none by this id. */
  boolean remove(RecordId record, EmergencyContactId contact);

  Optional<AdvanceDirectives> advanceDirectives(RecordId record);

  /** Replaces the advance directives; {@code null} withdraws them. */
  void saveAdvanceDirectives(RecordId record, AdvanceDirectives directives, Instant now);

  /** The vaccination record, newest first (by date, then by when it was entered). */
  List<Vaccination> vaccinations(RecordId record);

  void add(RecordId record, Vaccination vaccination, Instant now);

  /** Removes one entry of this record; false if the record has none by this id. */
  boolean remove(RecordId record, VaccinationId vaccination);
}
