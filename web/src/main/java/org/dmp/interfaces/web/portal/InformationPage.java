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
import org.dmp.domain.actor.Caller;
import org.dmp.domain.information.VaccinationId;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.shared.PersonalInformationForms;

/**
 * The "My information" tab: each form calls one {@link PatientInformation} method; a refusal shows
 * beside the field it concerns (by its code) and changes nothing; a success redirects (so that a
 * reload does not post again) with a confirmation.
 */
@Named
@RequestScoped
public class InformationPage extends PersonalInformationForms {

  private static final String SELF = "/portail/mes-informations.xhtml?faces-redirect=true";

  /** Which field each refusal of the service concerns, by form. */
  private static final Map<String, String> CONTACT_FIELDS =
      Map.of("EMAIL_ADDRESS", "contact:email", "PHONE_NUMBER", "contact:phone");

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

  @Inject RecordSettings settings;
  @Inject PortalRecord record;

  private PatientInformationView view;
  private List<String> representatives = List.of();
  private DmpException unavailable;

  // the forms' values
  private String email;
  private String phone;
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
    setWish(view.organDonationWish());
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

  @Override
  protected Caller caller() {
    return record.caller();
  }

  @Override
  protected RecordId recordId() {
    return record.id();
  }

  @Override
  protected String afterSuccess() {
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
