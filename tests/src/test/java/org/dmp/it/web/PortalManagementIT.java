package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.web.Outbox;
import org.dmp.it.support.web.ProfessionalSoftware;
import org.dmp.it.support.web.WebIT;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's "My information" and "Record management" tabs, as a patient (or representative) uses
 * them: each form's round trip, each refusal beside its field with nothing changed, and the effect
 * of the patient's choices on the professionals' channels (a blocked doctor refused over FHIR with
 * the rule BLOCKED in the audit trail; break-glass turned off refused).
 */
class PortalManagementIT extends WebIT {

  private Ins ins;
  private String recordId;

  @BeforeEach
  void openRecord() throws Exception {
    Fixtures.ensureAccounts(db);
    ins = Fixtures.newIns();
    // opened by a doctor's practice software, as in real life; the patient then logs in
    SoapPorts.patients(Fixtures.doctor()).createRecord(create(ins));
    recordId = idOf(ins);
  }

  @Test
  void myInformationRoundTripsAndRefusesBadValuesBesideTheirFields() {
    enterPortal(patientAccount("claire"), "claire");
    browser.open("/portail/mes-informations.xhtml");
    browser.screenshot("mes-informations-vide");
    assertThat(browser.text("login-email-hint")).contains("accueil de l'Assurance Maladie");
    assertThat(browser.text("organ-notice")).contains("registre national des refus");

    // contact details
    browser.type("contact:email", "pas-une-adresse").type("contact:phone", "06 12 34 56 78");
    DatabaseState before = withoutAudit();
    browser.click("contact:save");
    assertThat(browser.text("contact:email-message")).isNotBlank();
    browser.screenshot("mes-informations-erreur-email");
    assertThat(withoutAudit()).isEqualTo(before);
    browser.type("contact:email", "claire.martin@exemple.fr").click("contact:save");
    assertThat(browser.text("messages")).contains("Vos coordonnées sont enregistrées.");
    assertThat(browser.element("contact:email").getAttribute("value"))
        .isEqualTo("claire.martin@exemple.fr");
    assertThat(
            Sql.count(
                db, "select count(*) from patient_contact where record_id = ?::uuid", recordId))
        .isEqualTo(1);

    // persons to notify
    before = withoutAudit();
    browser.type("emergency:name", "Luc MARTIN").type("emergency:relationship", "fils");
    browser.type("emergency:phone", "12").click("emergency:add");
    assertThat(browser.text("emergency:phone-message")).isNotBlank();
    assertThat(withoutAudit()).isEqualTo(before);
    browser.type("emergency:phone", "06 98 76 54 32").click("emergency:add");
    assertThat(browser.text("emergency-list:contacts")).contains("Luc MARTIN").contains("fils");
    browser.screenshot("mes-informations-personne-a-prevenir");
    browser.click("emergency-list:contacts:0:remove");
    assertThat(browser.text("emergency-list:emergency-none")).contains("Aucune personne");

    // organ donation
    browser.element("organ:wish:2").click();
    browser.click("organ:save");
    assertThat(browser.text("organ-current")).contains("registre national des refus");
    assertThat(browser.element("organ:wish:2").isSelected()).isTrue();

    // advance directives
    before = withoutAudit();
    browser.type("directives:writtenOn", "le 14 mars").click("directives:save");
    assertThat(browser.text("directives:writtenOn-message")).startsWith("Date non reconnue");
    assertThat(withoutAudit()).isEqualTo(before);
    browser.type("directives:writtenOn", "").type("directives:text", "").click("directives:save");
    assertThat(browser.text("directives:text-message")).isNotBlank();
    assertThat(withoutAudit()).isEqualTo(before);
    browser
        .type("directives:text", "Pas d'acharnement thérapeutique.")
        .type("directives:writtenOn", "14/03/2024")
        .type("directives:heldBy", "ma fille Claire")
        .click("directives:save");
    assertThat(browser.text("messages")).contains("directives anticipées sont enregistrées");
    assertThat(browser.element("directives:heldBy").getAttribute("value"))
        .isEqualTo("ma fille Claire");
    browser.click("directives:remove");
    assertThat(browser.element("directives:text").getAttribute("value")).isEmpty();

    // vaccinations, newest first
    String tomorrow =
        LocalDate.now(ZoneId.of("Europe/Paris"))
            .plusDays(1)
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    before = withoutAudit();
    browser.type("vaccination:vaccine", "Grippe").type("vaccination:date", tomorrow);
    browser.type("vaccination:dose", "1").click("vaccination:add");
    assertThat(browser.text("vaccination:date-message")).isNotBlank();
    browser.type("vaccination:date", "01/10/2024").type("vaccination:dose", "un");
    browser.click("vaccination:add");
    assertThat(browser.text("vaccination:dose-message")).startsWith("Écrivez le rang");
    browser.type("vaccination:dose", "11").click("vaccination:add");
    assertThat(browser.text("vaccination:dose-message")).isNotBlank();
    browser.screenshot("mes-informations-erreur-vaccination");
    assertThat(withoutAudit()).isEqualTo(before);
    addVaccination("Grippe", "01/10/2024", "1");
    addVaccination("DTP", "15/01/2020", "3");
    addVaccination("Covid-19", "02/11/2024", "4");
    String table = browser.text("vaccination-list:vaccinations");
    assertThat(table.indexOf("Covid-19")).isLessThan(table.indexOf("Grippe"));
    assertThat(table.indexOf("Grippe")).isLessThan(table.indexOf("DTP"));
    browser.screenshot("mes-informations-remplie");
    browser.click("vaccination-list:vaccinations:2:remove");
    assertThat(browser.text("vaccination-list:vaccinations")).doesNotContain("DTP");
    assertThat(
            Sql.count(db, "select count(*) from vaccination where record_id = ?::uuid", recordId))
        .isEqualTo(2);
  }

  @Test
  void aBlockedDoctorIsRefusedOverFhirAndTheDenialIsAudited() throws Exception {
    Sql.update(
        db,
        "insert into professional (rpps, family_name, given_name, profession_code)"
            + " values (?, 'DURAND', 'Paul', '10') on conflict (rpps) do update"
            + " set family_name = 'DURAND', given_name = 'Paul'",
        Fixtures.DOCTOR_RPPS.value());
    // the doctor's software recorded the patient's oral consent: the doctor reads
    var add = new org.dmp.interfaces.ws.contract.patients.AddAuthorizationRequest();
    add.setIns(wire(ins));
    SoapPorts.patients(Fixtures.doctor()).addAuthorization(add);
    Bundle found = search(Fixtures.doctor());
    assertThat(found).isNotNull();

    enterPortal(patientAccount("paul"), "paul");
    browser.open("/portail/gestion.xhtml");
    assertThat(browser.text("authorized:list")).contains("Paul DURAND");
    browser.screenshot("gestion");
    DatabaseState before = withoutAudit();
    browser.type("block:rpps", "12345678901").click("block:submit");
    assertThat(browser.text("block:rpps-message")).startsWith("Clé du numéro RPPS incorrecte");
    browser.type("search:name", "D").click("search:submit");
    assertThat(browser.text("search:name-message")).startsWith("Saisissez au moins 2 lettres");
    assertThat(withoutAudit()).isEqualTo(before);

    browser.type("search:name", "durand").click("search:submit");
    assertThat(browser.text("search:found")).contains("Paul DURAND").contains("Médecin");
    browser.screenshot("gestion-recherche");
    browser.click("search:found:0:block");
    assertThat(browser.text("blocked:list")).contains(Fixtures.DOCTOR_RPPS.value());
    browser.screenshot("gestion-bloque");

    BaseServerResponseException refused =
        catchThrowableOfType(BaseServerResponseException.class, () -> search(Fixtures.doctor()));
    assertThat(refused.getStatusCode()).isEqualTo(403);
    assertThat(
            Sql.count(
                db,
                "select count(*) from audit_event where record_id = ?::uuid and decision = 'DENIED'"
                    + " and rule = 'BLOCKED' and actor_id = ?",
                recordId,
                Fixtures.DOCTOR_RPPS.value()))
        .isGreaterThanOrEqualTo(1);

    browser.click("blocked:list:0:unblock");
    assertThat(browser.text("blocked:none")).contains("Aucun professionnel");
  }

  @Test
  void breakGlassTurnedOffRefusesAnEmergencyRead() {
    Caller emergency =
        Fixtures.otherDoctor().inEmergency(AccessMode.BREAK_GLASS, "patient inconscient");
    assertThat(search(emergency)).isNotNull();

    enterPortal(patientAccount("rose"), "rose");
    browser.open("/portail/gestion.xhtml");
    assertThat(browser.text("break-glass-state")).isEqualTo("Autorisé");
    browser.click("settings:break-glass-off");
    assertThat(browser.text("break-glass-state")).isEqualTo("Refusé");
    browser.click("settings:centre15-off");
    assertThat(browser.text("centre15-state")).isEqualTo("Refusé");
    browser.screenshot("gestion-urgence-refusee");

    BaseServerResponseException refused =
        catchThrowableOfType(BaseServerResponseException.class, () -> search(emergency));
    assertThat(refused.getStatusCode()).isEqualTo(403);
    assertThat(
            Sql.count(
                db,
                "select count(*) from audit_event where record_id = ?::uuid and decision = 'DENIED'"
                    + " and rule = 'BREAK_GLASS'",
                recordId))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void thePatientClosesTheirRecordSeesThePurgeDateAndReactivatesIt() {
    enterPortal(patientAccount("henri"), "henri");
    browser.open("/portail/gestion.xhtml");
    String purge =
        LocalDate.now(ZoneId.of("Europe/Paris"))
            .plusYears(10)
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(browser.text("purge-if-closed")).isEqualTo(purge);

    DatabaseState before = withoutAudit();
    browser.click("close:submit");
    assertThat(browser.text("close:confirm-message")).startsWith("Cochez la case");
    assertThat(withoutAudit()).isEqualTo(before);

    browser.element("close:confirm").click();
    browser.click("close:submit");
    assertThat(browser.text("status")).isEqualTo("Fermé");
    assertThat(browser.text("purge-on")).isIn(purge, purgeTomorrow());
    assertThat(browser.text("reactivate-hint")).contains("réactiver");
    browser.screenshot("gestion-dossier-ferme");
    assertThat(
            Sql.count(
                db,
                "select count(*) from record where id = ?::uuid and status = 'CLOSED'"
                    + " and closure_reason = 'PATIENT_REQUEST' and purge_due_at is not null",
                recordId))
        .isEqualTo(1);
    browser.open("/portail/mes-informations.xhtml");
    assertThat(browser.text("information-unavailable")).contains("fermé");
    browser.screenshot("mes-informations-dossier-ferme");

    browser.open("/portail/gestion.xhtml");
    browser.click("reactivate:submit");
    assertThat(browser.text("messages")).contains("Votre dossier est réactivé");
    assertThat(browser.has("close:submit")).isTrue();
    assertThat(
            Sql.count(
                db,
                "select count(*) from record where id = ?::uuid and status = 'REOPENED'",
                recordId))
        .isEqualTo(1);
  }

  @Test
  void aRepresentativeSeesAndManagesTheRepresentedRecord() {
    String representativeId = "rep-" + Fixtures.marker();
    Sql.update(
        db,
        "insert into legal_representative (id, record_id, representative_id, name, added_at)"
            + " values (gen_random_uuid(), ?::uuid, ?, 'Pierre MARTIN', now())",
        recordId,
        representativeId);
    String login = uniqueLogin("rep");
    TestAccounts.ensure(db, login, "REPRESENTATIVE", representativeId, "REPRESENTATIVE");
    String email = "pierre." + Fixtures.marker() + "@exemple.fr";
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Pierre MARTIN', must_change_password = false"
            + " where login = ?",
        email,
        login);
    enterPortal(login, email);

    browser.open("/portail/mes-informations.xhtml");
    assertThat(browser.text("representatives")).contains("Pierre MARTIN");
    browser.screenshot("mes-informations-representant");
    browser.type("contact:phone", "01 23 45 67 89").click("contact:save");
    assertThat(browser.text("messages")).contains("Vos coordonnées sont enregistrées.");

    browser.open("/portail/gestion.xhtml");
    browser.type("block:rpps", Fixtures.NURSE_RPPS.value()).click("block:submit");
    assertThat(browser.text("blocked:list")).contains(Fixtures.NURSE_RPPS.value());
    browser.screenshot("gestion-representant");
    assertThat(
            Sql.count(
                db,
                "select count(*) from professional_access where record_id = ?::uuid and blocked",
                recordId))
        .isEqualTo(1);
  }

  private void addVaccination(String vaccine, String date, String dose) {
    browser
        .type("vaccination:vaccine", vaccine)
        .type("vaccination:date", date)
        .type("vaccination:dose", dose)
        .type("vaccination:lot", "LOT-" + dose)
        .type("vaccination:by", "Dr Paul DURAND")
        .click("vaccination:add");
    assertThat(browser.text("messages")).contains("La vaccination est ajoutée");
  }

  private static String purgeTomorrow() {
    return LocalDate.now(ZoneId.of("Europe/Paris"))
        .plusDays(1)
        .plusYears(10)
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** The database but the audit trail (each page shown is a reading, audited). */
  private DatabaseState withoutAudit() {
    Map<String, String> tables = new TreeMap<>(DatabaseState.of(db).tables());
    tables.remove("audit_event");
    return new DatabaseState(tables);
  }

  private Bundle search(Caller professional) {
    return FhirClients.json(professional)
        .search()
        .byUrl("DocumentReference?patient.identifier=" + MhdBundles.patientToken(ins))
        .returnBundle(Bundle.class)
        .execute();
  }

  /** The patient's account for this record, with the address their codes go to. */
  private String patientAccount(String name) {
    String login = uniqueLogin("patient");
    TestAccounts.ensure(db, login, "PATIENT", ins.value(), "PATIENT");
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Jeanne MARTIN', must_change_password = false"
            + " where login = ?",
        emailOf(name),
        login);
    return login;
  }

  private String emailOf(String name) {
    return name + "." + ins.value() + "@exemple.fr";
  }

  /** Logs in with the password, then the one-time code sent to the account's address. */
  private void enterPortal(String login, String nameOrEmail) {
    String email = nameOrEmail.contains("@") ? nameOrEmail : emailOf(nameOrEmail);
    logIn(login, TestAccounts.PASSWORD);
    String code = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    browser.type("code:value", code).click("code:submit");
    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");
  }

  private String idOf(Ins ins) {
    try (var c = db.getConnection();
        var s = c.prepareStatement("select id::text from record where ins_nir = ?")) {
      s.setString(1, ins.value());
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static org.dmp.interfaces.ws.contract.patients.Ins wire(Ins ins) {
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(ins.value());
    wire.setOid(ins.oid());
    return wire;
  }

  private static CreateRecordRequest create(Ins ins) throws Exception {
    return ProfessionalSoftware.creation(ins);
  }
}
