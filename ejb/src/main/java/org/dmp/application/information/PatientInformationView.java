package org.dmp.application.information;

import java.util.List;
import org.dmp.domain.information.AdvanceDirectives;
import org.dmp.domain.information.ContactDetails;
import org.dmp.domain.information.EmergencyContact;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.Vaccination;
import org.dmp.domain.record.RecordId;

/**
 * A record's "My information" as the caller may see it, read at once. The health part (advance
 * directives, vaccinations) is there only when {@link #healthInformationShown()}: a counter agent
 * gets the contact part alone.
 *
 * @param contact never null; {@link ContactDetails#NONE} when the patient gave none
 * @param emergencyContacts persons to notify, in the order they were added
 * @param organDonationWish never null; {@link OrganDonationWish#NOT_STATED} by default
 * @param healthInformationShown whether the caller may see the health part (show its section)
 * @param advanceDirectives null when there are none, or when not shown
 * @param vaccinations newest first; empty when there are none, or when not shown
 */
public record PatientInformationView(
    RecordId recordId,
    ContactDetails contact,
    List<EmergencyContact> emergencyContacts,
    OrganDonationWish organDonationWish,
    boolean healthInformationShown,
    AdvanceDirectives advanceDirectives,
    List<Vaccination> vaccinations) {

  public PatientInformationView {
    emergencyContacts = List.copyOf(emergencyContacts);
    vaccinations = List.copyOf(vaccinations);
  }

  /** Whether one more person to notify may be added (there is a limit per record). */
  public boolean mayAddEmergencyContact() {
    return emergencyContacts.size() < EmergencyContact.MAX_PER_RECORD;
  }
}
