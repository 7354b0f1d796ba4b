package org.dmp.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dmp.application.consent.RecordSettings;
import org.dmp.application.information.PatientInformation;
import org.dmp.application.information.PatientInformationView;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.VaccinationId;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The "My information" tab: each form calls one {@link PatientInformation} method; a refusal shows
 * beside the field it concerns (by its code) and changes nothing; a success redirects (so that a
 * reload does not post again) with a confirmation.
 */
@Named
@RequestScoped
public class InformationPage {

  private static final String SELF = "/portail/mes-informations.xhtml?faces-redirect=true";

  /** Which field each refusal of the service concerns, by form. */
  private static final Map<String, String> CONTACT_FIELDS =
      Map.of("EMAIL_ADDRESS", "contact:email", "PHONE_NUMBER", "contact:phone");

  private static final Map<String, String> EMERGENCY_FIELDS =
      Map.of(
          "EMERGENCY_CONTACT_NAME", "emergency:name",
          "EMERGENCY_CONTACT_RELATIONSHIP", "emergency:relationship",
          "PHONE_NUMBER", "emergency:phone");

  private static final Map<String, String> DIRECTIVES_FIELDS =
      Map.of(
          "ADVANCE_DIRECTIVES_EMPTY", "directives:text",
          "ADVANCE_DIRECTIVES_TEXT", "directives:text",
          "ADVANCE_DIRECTIVES_DATE", "directives:writtenOn",
          "ADVANCE_DIRECTIVES_HELD_BY", "directives:heldBy");

  private static final Map<String, String> VACCINATION_FIELDS =
      Map.of(
          "VACCINE_NAME", "vaccination:vaccine",
          "VACCINATION_DATE", "vaccination:date",
          "VACCINATION_DOSE", "vaccination:dose",
          "VACCINATION_LOT", "vaccination:lot",
          "VACCINATED_BY", "vaccination:by");

  @Inject PatientInformation information;
  @Inject RecordSettings settings;
  @Inject PortalRecord record;
  @Inject PageMessages messages;

  private PatientInformationView view;
  private List<String> representatives = List.of();
  private DmpException unavailable;

  // the forms' values
  private String email;
  private String phone;
  private String contactName;
  private String contactRelationship;
  private String contactPhone;
  private OrganDonationWish wish;
  private String directivesText;
  private LocalDate directivesWrittenOn;
  private String directivesHeldBy;
  private String vaccine;
  private LocalDate vaccinationDate;
  private Integer dose;
  private String lot;
  private String vaccinatedBy;

  /** Reads the information once per request (each reading is audited); forms start from it. */
  @PostConstruct
  void load() {
    if (!record.isPresent()) {
      return;
    }
    try {
      view = information.view(record.caller(), record.id());
      representatives = settings.representativesOfRecord(record.caller(), record.id());
    } catch (DmpException refused) {
      // a closed record: nothing to show but why
      unavailable = refused;
      return;
    }
    email = view.contact().email() == null ? null : view.contact().email().value();
    phone = view.contact().phone() == null ? null : view.contact().phone().display();
    wish = view.organDonationWish();
    if (view.advanceDirectives() != null) {
      directivesText = view.advanceDirectives().text();
      directivesWrittenOn = view.advanceDirectives().writtenOn();
      directivesHeldBy = view.advanceDirectives().heldBy();
    }
  }

  public String saveContact() {
    return act(
        () -> information.changeContact(record.caller(), record.id(), email, phone),
        CONTACT_FIELDS,
        "Vos coordonnées sont enregistrées.",
        "Your contact details are saved.");
  }

  public String addEmergencyContact() {
    return act(
        () ->
            information.addEmergencyContact(
                record.caller(), record.id(), contactName, contactRelationship, contactPhone),
        EMERGENCY_FIELDS,
        "La personne à prévenir est ajoutée.",
        "The person to notify is added.");
  }

  public String removeEmergencyContact(String id) {
    return act(
        () ->
            information.removeEmergencyContact(
                record.caller(), record.id(), EmergencyContactId.parse(id)),
        Map.of(),
        "La personne à prévenir est retirée.",
        "The person to notify is removed.");
  }

  public String saveWish() {
    return act(
        () ->
            information.setOrganDonationWish(
                record.caller(), record.id(), wish == null ? OrganDonationWish.NOT_STATED : wish),
        Map.of(),
        "Votre volonté sur le don d'organes est enregistrée.",
        "Your organ-donation wish is saved.");
  }

  public String saveDirectives() {
    return act(
        () ->
            information.setAdvanceDirectives(
                record.caller(),
                record.id(),
                directivesText,
                directivesWrittenOn,
                directivesHeldBy),
        DIRECTIVES_FIELDS,
        "Vos directives anticipées sont enregistrées.",
        "Your advance directives are saved.");
  }

  public String removeDirectives() {
    return act(
        () -> information.removeAdvanceDirectives(record.caller(), record.id()),
        Map.of(),
        "Vos directives anticipées sont retirées.",
        "Your advance directives are withdrawn.");
  }

  public String addVaccination() {
    return act(
        () ->
            information.addVaccination(
                record.caller(), record.id(), vaccine, vaccinationDate, dose, lot, vaccinatedBy),
        VACCINATION_FIELDS,
        "La vaccination est ajoutée à votre carnet.",
        "The vaccination is added to your record.");
  }

  public String removeVaccination(String id) {
    return act(
        () -> information.removeVaccination(record.caller(), record.id(), VaccinationId.parse(id)),
        Map.of(),
        "La vaccination est retirée de votre carnet.",
        "The vaccination is removed from your record.");
  }

  private String act(Runnable call, Map<String, String> fields, String french, String english) {
    try {
      call.run();
    } catch (DmpException refused) {
      messages.error(fields.get(refused.code()), refused);
      return null;
    }
    messages.infoAfterRedirect(french, english);
    return SELF;
  }

  public PatientInformationView getView() {
    return view;
  }

  public List<String> getRepresentatives() {
    return representatives;
  }

  public boolean isAvailable() {
    return view != null;
  }

  /** Why the information cannot be shown (a closed record), in the person's language. */
  public DmpException getUnavailable() {
    return unavailable;
  }

  public OrganDonationWish[] getWishes() {
    return OrganDonationWish.values();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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

  public String getDirectivesText() {
    return directivesText;
  }

  public void setDirectivesText(String directivesText) {
    this.directivesText = directivesText;
  }

  public LocalDate getDirectivesWrittenOn() {
    return directivesWrittenOn;
  }

  public void setDirectivesWrittenOn(LocalDate directivesWrittenOn) {
    this.directivesWrittenOn = directivesWrittenOn;
  }

  public String getDirectivesHeldBy() {
    return directivesHeldBy;
  }

  public void setDirectivesHeldBy(String directivesHeldBy) {
    this.directivesHeldBy = directivesHeldBy;
  }

  public String getVaccine() {
    return vaccine;
  }

  public void setVaccine(String vaccine) {
    this.vaccine = vaccine;
  }

  public LocalDate getVaccinationDate() {
    return vaccinationDate;
  }

  public void setVaccinationDate(LocalDate vaccinationDate) {
    this.vaccinationDate = vaccinationDate;
  }

  public Integer getDose() {
    return dose;
  }

  public void setDose(Integer dose) {
    this.dose = dose;
  }

  public String getLot() {
    return lot;
  }

  public void setLot(String lot) {
    this.lot = lot;
  }

  public String getVaccinatedBy() {
    return vaccinatedBy;
  }

  public void setVaccinatedBy(String vaccinatedBy) {
    this.vaccinatedBy = vaccinatedBy;
  }
}
