package org.dmp.it.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmp.it.support.Fixtures.counterAgent;
import static org.dmp.it.support.Fixtures.patient;
import static org.dmp.it.support.Fixtures.representative;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.information.PatientInformation;
import org.dmp.application.information.PatientInformationView;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.information.AdvanceDirectives;
import org.dmp.domain.information.ContactDetails;
import org.dmp.domain.information.EmergencyContact;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.Vaccination;
import org.dmp.domain.information.VaccinationId;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * "My information": the patient and their legal representative read and change everything; a
 * counter agent reads and changes the contact details, persons to notify and organ-donation wish,
 * never the advance directives nor the vaccinations.
 */
class PatientInformationIT extends DmpIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @EJB PatientInformation information;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PatientInformationIT.class);
  }

  @Test
  void aNewRecordHasNothingButTheDefaults() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);

    PatientInformationView view = viewAs(patient(ins), id);

    assertThat(view.recordId()).isEqualTo(id);
    assertThat(view.contact()).isEqualTo(ContactDetails.NONE);
    assertThat(view.emergencyContacts()).isEmpty();
    assertThat(view.organDonationWish()).isEqualTo(OrganDonationWish.NOT_STATED);
    assertThat(view.healthInformationShown()).isTrue();
    assertThat(view.advanceDirectives()).isNull();
    assertThat(view.vaccinations()).isEmpty();
    assertThat(view.mayAddEmergencyContact()).isTrue();
    assertThat(lastEvent(id))
        .extracting(AuditEvent::action, AuditEvent::decision, AuditEvent::rule)
        .containsExactly(AuditAction.READ_INFORMATION, Decision.ALLOWED, "OWN_RECORD");
  }

  @Test
  void thePatientKeepsEveryItemOfTheirInformationAndReadsItBack() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    Caller me = patient(ins);

    run(me, c -> information.changeContact(c, id, " Jeanne.Martin@Exemple.FR ", "06 12 34 56 78"));
    EmergencyContactId daughter =
        call(
            me,
            c -> information.addEmergencyContact(c, id, "Claire MARTIN", "fille", "0698765432"));
    call(me, c -> information.addEmergencyContact(c, id, "Luc BERNARD", "voisin", "+33145678901"));
    run(me, c -> information.setOrganDonationWish(c, id, OrganDonationWish.REFUSES));
    run(
        me,
        c ->
            information.setAdvanceDirectives(
                c, id, "Pas d'acharnement thérapeutique.", LocalDate.of(2024, 2, 1), "Claire"));
    VaccinationId oldest =
        call(
            me,
            c ->
                information.addVaccination(
                    c, id, "DTPolio", LocalDate.of(1990, 5, 2), 1, null, null));
    call(
        me,
        c ->
            information.addVaccination(
                c, id, "Comirnaty", LocalDate.of(2021, 6, 1), 2, "FN1234", "Dr Paul DURAND"));
    call(me, c -> information.addVaccination(c, id, "Grippe", TODAY, null, " ", null));

    PatientInformationView view = viewAs(me, id);

    assertThat(view.contact().email().value()).isEqualTo("Jeanne.Martin@exemple.fr");
    assertThat(view.contact().phone().value()).isEqualTo("+33612345678");
    assertThat(view.contact().phone().display()).isEqualTo("06 12 34 56 78");
    assertThat(view.emergencyContacts())
        .extracting(EmergencyContact::name, EmergencyContact::relationship, e -> e.phone().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Claire MARTIN", "fille", "+33698765432"),
            org.assertj.core.groups.Tuple.tuple("Luc BERNARD", "voisin", "+33145678901"));
    assertThat(view.emergencyContacts().get(0).id()).isEqualTo(daughter);
    assertThat(view.organDonationWish()).isEqualTo(OrganDonationWish.REFUSES);
    assertThat(view.advanceDirectives())
        .isEqualTo(
            new AdvanceDirectives(
                "Pas d'acharnement thérapeutique.", LocalDate.of(2024, 2, 1), "Claire"));
    assertThat(view.vaccinations()) // newest first
        .extracting(Vaccination::vaccine)
        .containsExactly("Grippe", "Comirnaty", "DTPolio");
    Vaccination covid = view.vaccinations().get(1);
    assertThat(covid.date()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(covid.dose()).isEqualTo(2);
    assertThat(covid.lotNumber()).isEqualTo("FN1234");
    assertThat(covid.vaccinatedBy()).isEqualTo("Dr Paul DURAND");
    assertThat(view.vaccinations().get(0).lotNumber()).isNull();
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from patient_contact where record_id = ? and phone = '+33612345678'",
                id.value()))
        .isEqualTo(1);

    run(me, c -> information.removeEmergencyContact(c, id, daughter));
    run(me, c -> information.removeVaccination(c, id, oldest));
    run(me, c -> information.removeAdvanceDirectives(c, id));
    run(me, c -> information.changeContact(c, id, "", null));
    PatientInformationView after = viewAs(me, id);

    assertThat(after.emergencyContacts())
        .extracting(EmergencyContact::name)
        .containsExactly("Luc BERNARD");
    assertThat(after.vaccinations())
        .extracting(Vaccination::vaccine)
        .containsExactly("Grippe", "Comirnaty");
    assertThat(after.advanceDirectives()).isNull();
    assertThat(after.contact().isEmpty()).isTrue();
    assertThat(after.organDonationWish()).isEqualTo(OrganDonationWish.REFUSES);
    assertThat(audit.ofRecord(id))
        .filteredOn(e -> e.decision() == Decision.ALLOWED)
        .extracting(AuditEvent::action)
        .contains(
            AuditAction.CHANGE_CONTACT_DETAILS,
            AuditAction.ADD_EMERGENCY_CONTACT,
            AuditAction.REMOVE_EMERGENCY_CONTACT,
            AuditAction.SET_ORGAN_DONATION_WISH,
            AuditAction.SET_ADVANCE_DIRECTIVES,
            AuditAction.ADD_VACCINATION,
            AuditAction.REMOVE_VACCINATION,
            AuditAction.READ_INFORMATION);
  }

  @Test
  void aLegalRepresentativeActsAsThePatient() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    RecordId notTheirs = openRecord();
    run(
        counterAgent(),
        c -> settings.addRepresentative(c, id, "rep-pierre-martin", "Pierre MARTIN"));

    run(representative(), c -> information.changeContact(c, id, "parent@exemple.fr", null));
    run(representative(), c -> information.setOrganDonationWish(c, id, OrganDonationWish.CONSENTS));
    run(
        representative(),
        c -> information.setAdvanceDirectives(c, id, null, null, "Pierre MARTIN, son père"));
    VaccinationId vaccination =
        call(
            representative(),
            c ->
                information.addVaccination(
                    c, id, "ROR", LocalDate.of(2024, 9, 1), 1, "L-42", "Dr LEBLANC"));
    assertThat(lastEvent(id).rule()).isEqualTo("REPRESENTATIVE");

    PatientInformationView seenByPatient = viewAs(patient(ins), id);
    PatientInformationView seenByRepresentative = viewAs(representative(), id);

    assertThat(seenByRepresentative).isEqualTo(seenByPatient);
    assertThat(seenByPatient.contact().email().value()).isEqualTo("parent@exemple.fr");
    assertThat(seenByPatient.organDonationWish()).isEqualTo(OrganDonationWish.CONSENTS);
    assertThat(seenByPatient.advanceDirectives().heldBy()).isEqualTo("Pierre MARTIN, son père");
    assertThat(seenByPatient.vaccinations())
        .extracting(Vaccination::id)
        .containsExactly(vaccination);
    assertThat(denied(representative(), c -> information.view(c, notTheirs)).rule())
        .isEqualTo(Rule.REPRESENTATIVE);
  }

  @Test
  void aCounterAgentRecordsContactsButNeverSeesNorChangesHealthInformation() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    Caller agent = counterAgent();
    run(patient(ins), c -> information.setAdvanceDirectives(c, id, "Mes volontés", null, null));
    VaccinationId bcg =
        call(
            patient(ins),
            c -> information.addVaccination(c, id, "BCG", LocalDate.of(1970, 1, 1), 1, null, null));

    run(agent, c -> information.changeContact(c, id, "jeanne@exemple.fr", "0612345678"));
    EmergencyContactId husband =
        call(
            agent,
            c -> information.addEmergencyContact(c, id, "Paul MARTIN", "époux", "0611111111"));
    run(agent, c -> information.setOrganDonationWish(c, id, OrganDonationWish.CONSENTS));
    assertThat(lastEvent(id))
        .extracting(AuditEvent::action, AuditEvent::decision, AuditEvent::rule)
        .containsExactly(AuditAction.SET_ORGAN_DONATION_WISH, Decision.ALLOWED, "ACTOR_KIND");
    PatientInformationView view = viewAs(agent, id);

    assertThat(view.contact().phone().value()).isEqualTo("+33612345678");
    assertThat(view.emergencyContacts()).extracting(EmergencyContact::id).containsExactly(husband);
    assertThat(view.organDonationWish()).isEqualTo(OrganDonationWish.CONSENTS);
    assertThat(view.healthInformationShown()).isFalse();
    assertThat(view.advanceDirectives()).isNull();
    assertThat(view.vaccinations()).isEmpty();

    AccessDeniedException adding =
        deniedDoing(agent, c -> information.addVaccination(c, id, "DTPolio", TODAY, 1, null, null));
    assertThat(adding.rule()).isEqualTo(Rule.ACTOR_KIND);
    assertThat(adding.getMessage()).contains("carnet de vaccination").contains("vaccination");
    assertThat(lastEvent(id))
        .extracting(AuditEvent::action, AuditEvent::decision, AuditEvent::rule)
        .containsExactly(AuditAction.ADD_VACCINATION, Decision.DENIED, "ACTOR_KIND");
    assertThat(deniedDoing(agent, c -> information.removeVaccination(c, id, bcg)).rule())
        .isEqualTo(Rule.ACTOR_KIND);
    assertThat(
            deniedDoing(agent, c -> information.setAdvanceDirectives(c, id, "x", null, null))
                .rule())
        .isEqualTo(Rule.ACTOR_KIND);
    assertThat(deniedDoing(agent, c -> information.removeAdvanceDirectives(c, id)).rule())
        .isEqualTo(Rule.ACTOR_KIND);
    assertThat(viewAs(patient(ins), id).vaccinations())
        .extracting(Vaccination::id)
        .containsExactly(bcg);
  }

  @Test
  void everyInvalidValueIsRefusedWithItsCodeAndChangesNothing() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    Caller me = patient(ins);
    run(me, c -> information.changeContact(c, id, "jeanne@exemple.fr", "0612345678"));
    run(me, c -> information.setAdvanceDirectives(c, id, "Mes volontés", null, null));
    for (int i = 0; i < EmergencyContact.MAX_PER_RECORD - 1; i++) {
      String name = "Proche " + i;
      call(me, c -> information.addEmergencyContact(c, id, name, "ami", "0600000001"));
    }

    assertThat(code(me, c -> information.changeContact(c, id, "jeanne@", null)))
        .isEqualTo("EMAIL_ADDRESS");
    assertThat(code(me, c -> information.changeContact(c, id, null, "06 12 34")))
        .isEqualTo("PHONE_NUMBER");
    assertThat(code(me, c -> information.addEmergencyContact(c, id, " ", "ami", "0600000002")))
        .isEqualTo("EMERGENCY_CONTACT_NAME");
    assertThat(code(me, c -> information.addEmergencyContact(c, id, "Ami", "", "0600000002")))
        .isEqualTo("EMERGENCY_CONTACT_RELATIONSHIP");
    assertThat(code(me, c -> information.addEmergencyContact(c, id, "Ami", "ami", "+4412")))
        .isEqualTo("PHONE_NUMBER");
    assertThat(
            code(me, c -> information.removeEmergencyContact(c, id, EmergencyContactId.generate())))
        .isEqualTo("EMERGENCY_CONTACT_UNKNOWN");
    assertThat(code(me, c -> information.setOrganDonationWish(c, id, null)))
        .isEqualTo("INVALID_REQUEST");
    assertThat(code(me, c -> information.setAdvanceDirectives(c, id, " ", null, null)))
        .isEqualTo("ADVANCE_DIRECTIVES_EMPTY");
    assertThat(code(me, c -> information.setAdvanceDirectives(c, id, "x".repeat(4001), null, null)))
        .isEqualTo("ADVANCE_DIRECTIVES_TEXT");
    assertThat(code(me, c -> information.setAdvanceDirectives(c, id, "x", TODAY.plusDays(1), null)))
        .isEqualTo("ADVANCE_DIRECTIVES_DATE");
    assertThat(code(me, c -> information.setAdvanceDirectives(c, id, "x", null, "h".repeat(201))))
        .isEqualTo("ADVANCE_DIRECTIVES_HELD_BY");
    assertThat(code(me, c -> information.addVaccination(c, id, "", TODAY, 1, null, null)))
        .isEqualTo("VACCINE_NAME");
    assertThat(
            code(me, c -> information.addVaccination(c, id, "v".repeat(201), TODAY, 1, null, null)))
        .isEqualTo("VACCINE_NAME");
    assertThat(code(me, c -> information.addVaccination(c, id, "BCG", null, 1, null, null)))
        .isEqualTo("VACCINATION_DATE");
    assertThat(
            code(
                me,
                c -> information.addVaccination(c, id, "BCG", TODAY.plusDays(1), 1, null, null)))
        .isEqualTo("VACCINATION_DATE");
    assertThat(
            code(
                me,
                c ->
                    information.addVaccination(
                        c, id, "BCG", LocalDate.of(1899, 12, 31), 1, null, null)))
        .isEqualTo("VACCINATION_DATE");
    assertThat(code(me, c -> information.addVaccination(c, id, "BCG", TODAY, 11, null, null)))
        .isEqualTo("VACCINATION_DOSE");
    assertThat(code(me, c -> information.addVaccination(c, id, "BCG", TODAY, 0, null, null)))
        .isEqualTo("VACCINATION_DOSE");
    assertThat(
            code(me, c -> information.addVaccination(c, id, "BCG", TODAY, 1, "l".repeat(41), null)))
        .isEqualTo("VACCINATION_LOT");
    assertThat(
            code(
                me, c -> information.addVaccination(c, id, "BCG", TODAY, 1, null, "b".repeat(201))))
        .isEqualTo("VACCINATED_BY");
    assertThat(code(me, c -> information.removeVaccination(c, id, VaccinationId.generate())))
        .isEqualTo("VACCINATION_UNKNOWN");

    call(me, c -> information.addEmergencyContact(c, id, "Dernier", "ami", "0600000005"));
    assertThat(
            code(
                me, c -> information.addEmergencyContact(c, id, "Un de trop", "ami", "0600000006")))
        .isEqualTo("EMERGENCY_CONTACTS_LIMIT");

    PatientInformationView view = viewAs(me, id);
    assertThat(view.contact().email().value()).isEqualTo("jeanne@exemple.fr");
    assertThat(view.advanceDirectives().text()).isEqualTo("Mes volontés");
    assertThat(view.emergencyContacts()).hasSize(EmergencyContact.MAX_PER_RECORD);
    assertThat(view.mayAddEmergencyContact()).isFalse();
    assertThat(view.vaccinations()).isEmpty();
  }

  @Test
  void anotherPatientNeitherReadsNorChangesTheInformationNorClaimsToBeThePatient() {
    Ins mine = Fixtures.newIns();
    Ins theirs = Fixtures.newIns();
    RecordId id = openRecord(mine);
    openRecord(theirs);
    run(patient(mine), c -> information.changeContact(c, id, "jeanne@exemple.fr", null));

    AccessDeniedException reading = denied(patient(theirs), c -> information.view(c, id));
    AccessDeniedException changing =
        deniedDoing(patient(theirs), c -> information.changeContact(c, id, "x@exemple.fr", null));
    AccessDeniedException vaccinating =
        deniedDoing(
            patient(theirs), c -> information.addVaccination(c, id, "BCG", TODAY, 1, null, null));

    assertThat(reading.rule()).isEqualTo(Rule.OWN_RECORD);
    assertThat(changing.rule()).isEqualTo(Rule.OWN_RECORD);
    assertThat(vaccinating.rule()).isEqualTo(Rule.OWN_RECORD);
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException claiming =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.patientLogin(theirs),
                    () -> {
                      information.changeContact(patient(mine), id, "x@exemple.fr", null);
                      return null;
                    }));
    assertThat(claiming.code()).isEqualTo("CALLER_MISMATCH");
    assertThat(DatabaseState.of(dataSource)).isIn(before, before.plusOneDenial());
    assertThat(viewAs(patient(mine), id).contact().email().value()).isEqualTo("jeanne@exemple.fr");
  }

  @Test
  void aClosedRecordsInformationIsNeitherReadNorChanged() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    run(patient(ins), c -> information.setOrganDonationWish(c, id, OrganDonationWish.CONSENTS));
    run(counterAgent(), c -> records.close(c, id, ClosureReason.PATIENT_REQUEST, null));

    assertThat(denied(patient(ins), c -> information.view(c, id)).rule())
        .isEqualTo(Rule.RECORD_CLOSED);
    assertThat(
            deniedDoing(
                    patient(ins),
                    c -> information.setOrganDonationWish(c, id, OrganDonationWish.REFUSES))
                .rule())
        .isEqualTo(Rule.RECORD_CLOSED);
    assertThat(
            deniedDoing(counterAgent(), c -> information.changeContact(c, id, null, "0612345678"))
                .rule())
        .isEqualTo(Rule.RECORD_CLOSED);
  }

  private PatientInformationView viewAs(Caller caller, RecordId id) {
    return call(caller, c -> information.view(c, id));
  }

  /** The code of a refusal that must write nothing (not even an audit event: no policy denial). */
  private String code(Caller caller, Consumer<Caller> action) {
    DmpException refused = refusedDoing(caller, action);
    assertThat(refused).isNotInstanceOf(AccessDeniedException.class);
    assertThat(refused.getMessage()).contains(" / ");
    return refused.code();
  }
}
