package org.dmp.interfaces.web.shared;

import jakarta.inject.Inject;
import java.util.Map;
import org.dmp.application.information.PatientInformation;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;

/**
 * The forms of a patient's personal information that the portal and the counter share
 * (WEB-INF/includes/emergency-and-organ.xhtml): persons to notify in an emergency and the
 * organ-donation wish. Each form calls one {@link PatientInformation} method; a refusal shows
 * beside the field it concerns and changes nothing; a success redirects with a confirmation.
 */
public abstract class PersonalInformationForms {

  private static final Map<String, String> EMERGENCY_FIELDS =
      Map.of(
          "EMERGENCY_CONTACT_NAME", "emergency:name",
          "EMERGENCY_CONTACT_RELATIONSHIP", "emergency:relationship",
          "PHONE_NUMBER", "emergency:phone");

  @Inject protected PatientInformation information;
  @Inject protected PageMessages messages;

  private String contactName;
  private String contactRelationship;
  private String contactPhone;
  private OrganDonationWish wish;

  /** Who acts: the patient, their representative, a counter agent. */
  protected abstract Caller caller();

  protected abstract RecordId recordId();

  /** Where a successful form leads (the same page, again: post-redirect-get). */
  protected abstract String afterSuccess();

  public String addEmergencyContact() {
    return act(
        () ->
            information.addEmergencyContact(
                caller(), recordId(), contactName, contactRelationship, contactPhone),
        EMERGENCY_FIELDS,
        "La personne à prévenir est ajoutée.",
        "The person to notify is added.");
  }

  public String removeEmergencyContact(String id) {
    return act(
        () ->
            information.removeEmergencyContact(caller(), recordId(), EmergencyContactId.parse(id)),
        Map.of(),
        "La personne à prévenir est retirée.",
        "The person to notify is removed.");
  }

  public String saveWish() {
    return act(
        () ->
            information.setOrganDonationWish(
                caller(), recordId(), wish == null ? OrganDonationWish.NOT_STATED : wish),
        Map.of(),
        "La volonté sur le don d'organes est enregistrée.",
        "The organ-donation wish is saved.");
  }

  /** Runs a form's call; a refusal goes beside its field ({@code fields}: by refusal code). */
  protected String act(Runnable call, Map<String, String> fields, String french, String english) {
    try {
      call.run();
    } catch (DmpException refused) {
      messages.error(fields.get(refused.code()), refused);
      return null;
    }
    messages.infoAfterRedirect(french, english);
    return afterSuccess();
  }

  public OrganDonationWish[] getWishes() {
    return OrganDonationWish.values();
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactRelationship() {
    return contactRelationship;
  }

  public void setContactRelationship(String contactRelationship) {
    this.contactRelationship = contactRelationship;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public OrganDonationWish getWish() {
    return wish;
  }

  public void setWish(OrganDonationWish wish) {
    this.wish = wish;
  }
}
