package org.dmp.application.information;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.information.AdvanceDirectives;
import org.dmp.domain.information.ContactDetails;
import org.dmp.domain.information.EmergencyContact;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.PatientInformationRepository;
import org.dmp.domain.information.Vaccination;
import org.dmp.domain.information.VaccinationId;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The patient's "My information": contact details, persons to notify in an emergency, the
 * organ-donation wish (the personal part), advance directives and the vaccination record (the
 * health part). The access policy decides who may read and change each part (the patient and their
 * legal representatives everything, counter agents the personal part only); every act, and every
 * refusal, is audited. Form values are taken as typed (text, blank meaning absent) and checked
 * here: an invalid one is refused with its own code and nothing is written.
 */
@Stateless
@ApplicationService
@DenyAll
public class PatientInformation {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  @Inject RecordRepository records;
  @Inject PatientInformationRepository information;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;

  /** Everything of "My information" the caller may see. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public PatientInformationView view(@NotNull Caller caller, @NotNull RecordId recordId) {
    Record record =
        records.find(recordId).orElseThrow(() -> RecordNotFoundException.forId(recordId));
    AccessGuard.Permit permit =
        guard.permit(
            caller, Action.READ_PERSONAL_INFORMATION, record, AuditAction.READ_INFORMATION);
    boolean health = guard.allows(caller, Action.READ_HEALTH_INFORMATION, permit.facts());
    audit(
        caller,
        record,
        permit.decision(),
        AuditAction.READ_INFORMATION,
        health ? "mes informations" : "coordonnées et personnes à prévenir");
    return new PatientInformationView(
        recordId,
        information.contact(recordId),
        information.emergencyContacts(recordId),
        information.organDonationWish(recordId),
        health,
        health ? information.advanceDirectives(recordId).orElse(null) : null,
        health ? information.vaccinations(recordId) : List.of());
  }

  /**
   * Replaces the patient's e-mail address and telephone number (blank or null: none). Refused with
   * {@code EMAIL_ADDRESS} or {@code PHONE_NUMBER}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void changeContact(
      @NotNull Caller caller, @NotNull RecordId recordId, String email, String phone) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_PERSONAL_INFORMATION, record, AuditAction.CHANGE_CONTACT_DETAILS);
    ContactDetails contact = ContactDetails.of(email, phone);
    information.saveContact(recordId, contact, clock.instant());
    audit(caller, record, decision, AuditAction.CHANGE_CONTACT_DETAILS, "coordonnées");
  }

  /**
   * Adds a person to notify in an emergency; returns its id (for removing it). Refused with {@code
   * EMERGENCY_CONTACT_NAME}, {@code EMERGENCY_CONTACT_RELATIONSHIP}, {@code PHONE_NUMBER}, or
   * {@code EMERGENCY_CONTACTS_LIMIT} past {@value EmergencyContact#MAX_PER_RECORD}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public EmergencyContactId addEmergencyContact(
      @NotNull Caller caller,
      @NotNull RecordId recordId,
      String name,
      String relationship,
      String phone) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_PERSONAL_INFORMATION, record, AuditAction.ADD_EMERGENCY_CONTACT);
    EmergencyContact contact = EmergencyContact.create(name, relationship, phone);
    if (information.emergencyContacts(recordId).size() >= EmergencyContact.MAX_PER_RECORD) {
      throw new InvalidValueException(
          "EMERGENCY_CONTACTS_LIMIT",
          "Vous avez déjà "
              + EmergencyContact.MAX_PER_RECORD
              + " personnes à prévenir : retirez-en une avant d'en ajouter une autre",
          "There are already "
              + EmergencyContact.MAX_PER_RECORD
              + " persons to notify: remove one before adding another");
    }
    information.add(recordId, contact, clock.instant());
    // the trail outlives the record (it is kept after the purge): no names, no wishes in it
    audit(caller, record, decision, AuditAction.ADD_EMERGENCY_CONTACT, "personne à prévenir");
    return contact.id();
  }

  /** Removes a person to notify; refused with {@code EMERGENCY_CONTACT_UNKNOWN}. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void removeEmergencyContact(
      @NotNull Caller caller, @NotNull RecordId recordId, @NotNull EmergencyContactId contactId) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller,
            Action.CHANGE_PERSONAL_INFORMATION,
            record,
            AuditAction.REMOVE_EMERGENCY_CONTACT);
    EmergencyContact contact =
        information.emergencyContacts(recordId).stream()
            .filter(c -> c.id().equals(contactId))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "EMERGENCY_CONTACT_UNKNOWN",
                        "Cette personne à prévenir n'est pas (ou plus) enregistrée : rechargez la"
                            + " page",
                        "This person to notify is not (or no longer) recorded: reload the page"));
    information.remove(recordId, contactId);
    audit(caller, record, decision, AuditAction.REMOVE_EMERGENCY_CONTACT, "personne à prévenir");
  }

  /** Records the patient's organ-donation wish (informative: see {@link OrganDonationWish}). */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void setOrganDonationWish(
      @NotNull Caller caller, @NotNull RecordId recordId, @NotNull OrganDonationWish wish) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller,
            Action.CHANGE_PERSONAL_INFORMATION,
            record,
            AuditAction.SET_ORGAN_DONATION_WISH);
    information.saveOrganDonationWish(recordId, wish, clock.instant());
    audit(caller, record, decision, AuditAction.SET_ORGAN_DONATION_WISH, "don d'organes");
  }

  /**
   * Replaces the advance directives: their text and the date it was written, and/or who holds the
   * document (blank or null: absent; one of text and holder is needed). Refused with {@code
   * ADVANCE_DIRECTIVES_EMPTY}, {@code ADVANCE_DIRECTIVES_TEXT}, {@code ADVANCE_DIRECTIVES_DATE} or
   * {@code ADVANCE_DIRECTIVES_HELD_BY}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void setAdvanceDirectives(
      @NotNull Caller caller,
      @NotNull RecordId recordId,
      String text,
      LocalDate writtenOn,
      String heldBy) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_HEALTH_INFORMATION, record, AuditAction.SET_ADVANCE_DIRECTIVES);
    AdvanceDirectives directives = AdvanceDirectives.of(text, writtenOn, heldBy, today());
    information.saveAdvanceDirectives(recordId, directives, clock.instant());
    audit(caller, record, decision, AuditAction.SET_ADVANCE_DIRECTIVES, "directives anticipées");
  }

  /** Withdraws the advance directives (nothing happens if there are none). */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void removeAdvanceDirectives(@NotNull Caller caller, @NotNull RecordId recordId) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_HEALTH_INFORMATION, record, AuditAction.SET_ADVANCE_DIRECTIVES);
    information.saveAdvanceDirectives(recordId, null, clock.instant());
    audit(
        caller,
        record,
        decision,
        AuditAction.SET_ADVANCE_DIRECTIVES,
        "directives anticipées retirées");
  }

  /**
   * Adds an entry to the vaccination record; returns its id. Refused with {@code VACCINE_NAME},
   * {@code VACCINATION_DATE} (missing, before 1900 or in the future), {@code VACCINATION_DOSE} (1
   * to 10), {@code VACCINATION_LOT} or {@code VACCINATED_BY}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public VaccinationId addVaccination(
      @NotNull Caller caller,
      @NotNull RecordId recordId,
      String vaccine,
      LocalDate date,
      Integer dose,
      String lotNumber,
      String vaccinatedBy) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_HEALTH_INFORMATION, record, AuditAction.ADD_VACCINATION);
    Vaccination vaccination =
        Vaccination.create(vaccine, date, dose, lotNumber, vaccinatedBy, today());
    information.add(recordId, vaccination, clock.instant());
    audit(caller, record, decision, AuditAction.ADD_VACCINATION, "vaccination");
    return vaccination.id();
  }

  /** Removes an entry of the vaccination record; refused with {@code VACCINATION_UNKNOWN}. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE, Roles.COUNTER_AGENT})
  public void removeVaccination(
      @NotNull Caller caller, @NotNull RecordId recordId, @NotNull VaccinationId vaccinationId) {
    Record record = lock(recordId);
    AccessDecision decision =
        guard.require(
            caller, Action.CHANGE_HEALTH_INFORMATION, record, AuditAction.REMOVE_VACCINATION);
    if (!information.remove(recordId, vaccinationId)) {
      throw new InvalidValueException(
          "VACCINATION_UNKNOWN",
          "Cette vaccination n'est pas (ou plus) enregistrée : rechargez la page",
          "This vaccination is not (or no longer) recorded: reload the page");
    }
    audit(caller, record, decision, AuditAction.REMOVE_VACCINATION, "vaccination");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(FRANCE));
  }

  private Record lock(RecordId id) {
    return records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  private void audit(
      Caller caller, Record record, AccessDecision decision, AuditAction action, String detail) {
    audit.add(
        AuditEntry.allowed(caller, action, record.id().value(), null, decision.rule().name())
            .withDetail(detail));
  }
}
