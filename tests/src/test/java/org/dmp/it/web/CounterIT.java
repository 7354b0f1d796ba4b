package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.web.Browser;
import org.dmp.it.support.web.CounterDesk;
import org.dmp.it.support.web.CounterDesk.Letter;
import org.dmp.it.support.web.WebIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The counter pages: an agent (or a pharmacist) finds a patient by NIR, opens their record with
 * their consent and prints the first-login letter, with which the patient logs in; closes and
 * reactivates a record; renews a patient's credentials; records legal representatives.
 */
class CounterIT extends WebIT {

  @Test
  void anAgentOpensARecordWithConsentAndThePatientLogsInWithTheLetter() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris — accueil Vaugirard"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    String email = "jeanne." + Fixtures.marker() + "@exemple.fr";

    CounterDesk.search(browser, nir);
    browser.screenshot("recherche-aucun-dossier");
    assertThat(browser.text("no-record-title")).isEqualTo("Aucun dossier pour ce NIR");

    CounterDesk.fillOpening(browser, email, true, true).click("opening:submit");

    assertThat(browser.path()).isEqualTo("/dmp/guichet/dossier.xhtml");
    assertThat(browser.text("messages")).startsWith("Dossier ouvert.");
    assertThat(browser.text("status")).contains("Ouvert");
    assertThat(browser.text("print-letter-0")).isEqualTo("Imprimer le courrier");
    browser.screenshot("dossier-ouvert-courrier");
    String href = browser.element("print-letter-0").getAttribute("href");
    Letter letter = CounterDesk.letter(browser, href);
    assertThat(
            Sql.count(
                db,
                "select count(*) from account where login = ? and kind = 'PATIENT' and actor_id = ?"
                    + " and email = ? and display_name = 'Jeanne Louise MARTIN'"
                    + " and must_change_password",
                letter.login(),
                nir,
                email))
        .as("the letter's login is the patient's new account")
        .isEqualTo(1);
    assertThat(
            Sql.count(
                db,
                "select count(*) from record where ins_nir = ? and opening_channel = 'COUNTER'",
                nir))
        .isEqualTo(1);
    // the letter is printed once: its secret is no longer kept
    browser.open(href.substring(href.indexOf("/dmp") + 4));
    assertThat(browser.text("letter-gone-text")).startsWith("Ce courrier a déjà été imprimé");
    browser.screenshot("courrier-deja-imprime");

    browser.open("/guichet/recherche.xhtml");
    CounterDesk.logOut(browser);
    logIn(letter.login(), letter.secret());
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
  }

  @Test
  void openingWithoutConsentOrWithABadEmailSaysWhatToDoAndChangesNothing() {
    logIn(agent("Luc PETIT", "CPAM du Rhône"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    CounterDesk.search(browser, nir);
    DatabaseState before = DatabaseState.of(db);

    CounterDesk.fillOpening(browser, "luc." + Fixtures.marker() + "@exemple.fr", false, true)
        .click("opening:submit");
    assertThat(browser.text("opening:consent-message"))
        .startsWith("Le dossier ne peut être ouvert qu'avec le consentement du patient");
    browser.screenshot("ouverture-sans-consentement");
    CounterDesk.fillOpening(browser, "pas-une-adresse", true, true).click("opening:submit");
    assertThat(browser.text("opening:email-message")).startsWith("Adresse e-mail invalide");
    CounterDesk.fillOpening(browser, "luc." + Fixtures.marker() + "@exemple.fr", true, false)
        .click("opening:submit");
    assertThat(browser.text("opening:identity-message"))
        .startsWith("Vérifiez l'identité du patient");

    assertThat(DatabaseState.of(db)).isEqualTo(before);
    assertThat(browser.path()).isEqualTo("/dmp/guichet/recherche.xhtml");
  }

  @Test
  void aWrongNirKeyIsSaidWhileTypingAndRefusedByTheServer() {
    logIn(agent("Nadia BERNARD", "CPAM de Lille"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    String wrong =
        nir.substring(0, 13)
            + String.format("%02d", (Integer.parseInt(nir.substring(13)) % 97) + 1);

    browser.open("/guichet/recherche.xhtml");
    browser.type("search:nir", wrong);
    assertThat(browser.text("nir-check")).isEqualTo("Clé incorrecte : vérifiez le numéro saisi.");
    browser.screenshot("cle-incorrecte");
    browser.click("search:submit");
    assertThat(browser.text("search:nir-message")).startsWith("Clé du NIR incorrecte");
    assertThat(browser.has("no-record")).isFalse();
    browser.type("search:nir", nir);
    assertThat(browser.text("nir-check")).isEqualTo("Clé correcte.");
  }

  @Test
  void anExistingRecordShowsItsStateIsClosedWithItsPurgeDateAndReactivated() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    CounterDesk.openRecord(browser, nir, "paul." + Fixtures.marker() + "@exemple.fr");

    CounterDesk.search(browser, nir);
    assertThat(browser.text("result-status")).contains("Ouvert");
    assertThat(browser.text("open-refused")).startsWith("Un seul dossier par patient");
    assertThat(browser.has("opening")).isFalse();
    browser.screenshot("recherche-dossier-existant");
    browser.click("to-record");

    new Select(browser.element("closing:reason")).selectByValue("PATIENT_REQUEST");
    browser.click("closing:submit");
    assertThat(browser.text("closing:confirm-message")).startsWith("Cochez la case");
    assertThat(
            Sql.count(db, "select count(*) from record where ins_nir = ? and status = 'OPEN'", nir))
        .isEqualTo(1);
    String purge = String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(10).getYear());
    assertThat(browser.text("closing-purge")).contains(purge);
    browser.screenshot("dossier-fermeture");
    new Select(browser.element("closing:reason")).selectByValue("PATIENT_REQUEST");
    browser.press("closing:confirm").click("closing:submit");

    assertThat(browser.text("status"))
        .contains("Fermé")
        .contains("à la demande du patient")
        .contains("Suppression définitive prévue le")
        .contains(purge);
    browser.screenshot("dossier-ferme");
    CounterDesk.search(browser, nir);
    assertThat(browser.text("result-status")).contains("Fermé").contains(purge);
    browser.click("to-record");
    browser.click("reactivating:submit");
    assertThat(browser.text("status")).contains("Réactivé");
    assertThat(
            Sql.count(
                db, "select count(*) from record where ins_nir = ? and status = 'REOPENED'", nir))
        .isEqualTo(1);
    browser.screenshot("dossier-reactive");
    browser.click("back");
    assertThat(browser.path()).isEqualTo("/dmp/guichet/recherche.xhtml");
  }

  @Test
  void renewedCredentialsEndTheSessionsOpenedWithTheOldOnes() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    Letter letter =
        CounterDesk.openRecord(browser, nir, "eve." + Fixtures.marker() + "@exemple.fr");
    try (Browser someoneElse = new Browser(getClass())) {
      // someone holding the letter's secret is logged in elsewhere
      someoneElse.open("/connexion.xhtml");
      someoneElse
          .type("login:login", letter.login())
          .type("login:password", letter.secret())
          .click("login:submit");
      assertThat(someoneElse.path()).isEqualTo("/dmp/compte/code.xhtml");

      browser.click("renewing:submit");
      assertThat(browser.text("messages")).startsWith("Nouveaux identifiants créés");

      someoneElse.open("/portail/synthese.xhtml");
      assertThat(someoneElse.text("ended")).startsWith("Votre session a été fermée");
      someoneElse.screenshot("session-fermee-identifiants-renouveles");
      someoneElse.open("/compte/code.xhtml");
      assertThat(someoneElse.path()).as("not logged in any more").isEqualTo("/dmp/connexion.xhtml");
    }
  }

  @Test
  void renewedCredentialsUnlockTheAccountAndReplaceTheOldSecret() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    Letter first =
        CounterDesk.openRecord(browser, nir, "anne." + Fixtures.marker() + "@exemple.fr");
    Sql.update(
        db,
        "update account set locked_until = now() + interval '1 hour' where login = ?",
        first.login());

    browser.click("renewing:submit");
    assertThat(browser.text("messages")).startsWith("Nouveaux identifiants créés");
    browser.screenshot("identifiants-renouveles");
    Letter second =
        CounterDesk.letter(browser, browser.element("print-letter-0").getAttribute("href"));
    assertThat(second.login()).isEqualTo(first.login());
    assertThat(second.secret()).isNotEqualTo(first.secret());
    assertThat(
            Sql.count(
                db,
                "select count(*) from account where login = ? and locked_until is null and enabled",
                first.login()))
        .isEqualTo(1);

    CounterDesk.logOut(browser);
    logIn(first.login(), first.secret());
    assertThat(browser.text("messages")).startsWith("Identifiant ou mot de passe incorrect.");
    logIn(second.login(), second.secret());
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
  }

  @Test
  void aLegalRepresentativeIsAddedWithTheirAccountThenRemoved() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    CounterDesk.openRecord(browser, nir, "enfant." + Fixtures.marker() + "@exemple.fr");

    browser.click("representative:submit");
    assertThat(browser.text("representative:name-message")).startsWith("Saisissez le nom");
    browser
        .type("representative:name", "Marie MARTIN")
        .type("representative:email", "marie." + Fixtures.marker() + "@exemple.fr")
        .click("representative:submit");
    assertThat(browser.text("messages")).startsWith("Représentant légal enregistré");
    assertThat(browser.text("representatives")).contains("Marie MARTIN");
    browser.screenshot("representant-ajoute");
    Letter letter =
        CounterDesk.letter(browser, browser.element("print-letter-0").getAttribute("href"));
    assertThat(
            Sql.count(
                db,
                "select count(*) from legal_representative l join record r on r.id = l.record_id"
                    + " join account a on a.login = l.representative_id"
                    + " where r.ins_nir = ? and a.login = ? and a.kind = 'REPRESENTATIVE'",
                nir,
                letter.login()))
        .isEqualTo(1);

    browser.click("representative-list:table:0:remove");
    assertThat(browser.text("representatives-none"))
        .isEqualTo("Aucun représentant légal enregistré.");
    assertThat(
            Sql.count(
                db,
                "select count(*) from legal_representative l join record r on r.id = l.record_id"
                    + " where r.ins_nir = ?",
                nir))
        .isZero();
  }

  @Test
  void theCounterRecordsPersonsToNotifyAndTheOrganDonationWish() throws IOException {
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();
    CounterDesk.openRecord(browser, nir, "jeanne." + Fixtures.marker() + "@exemple.fr");
    DatabaseState before = DatabaseState.of(db);

    browser
        .type("emergency:name", "Pierre MARTIN")
        .type("emergency:relationship", "fils")
        .type("emergency:phone", "06 12 34")
        .click("emergency:add");
    assertThat(browser.text("emergency:phone-message")).isNotBlank();
    // the refused change wrote nothing; the page shown again is one audited reading
    assertThat(DatabaseState.of(db)).isEqualTo(before.plus("audit_event", 1));

    browser.type("emergency:phone", "06 12 34 56 78").click("emergency:add");
    assertThat(browser.text("messages")).startsWith("La personne à prévenir est ajoutée.");
    assertThat(browser.text("emergency-list")).contains("Pierre MARTIN").contains("06 12 34 56 78");
    browser.element("organ:wish:2").click();
    browser.click("organ:save");
    browser.screenshot("personnes-a-prevenir-don-d-organes");

    assertThat(
            Sql.count(
                db,
                "select count(*) from emergency_contact e join record r on r.id = e.record_id"
                    + " where r.ins_nir = ? and e.name = 'Pierre MARTIN'",
                nir))
        .isEqualTo(1);
    assertThat(
            Sql.count(
                db,
                "select count(*) from patient_contact c join record r on r.id = c.record_id"
                    + " where r.ins_nir = ? and c.organ_donation_wish = 'REFUSES'",
                nir))
        .isEqualTo(1);
  }

  @Test
  void aPharmacistOpensARecordThroughThePharmacyChannel() throws IOException {
    String login = uniqueLogin("pharmacien");
    String finess = "75" + String.format("%07d", Math.abs(login.hashCode()) % 10_000_000);
    TestAccounts.ensure(db, login, "PHARMACIST_AT_COUNTER", finess, "COUNTER_AGENT");
    Sql.update(
        db,
        "update account set display_name = 'Claire DUVAL', organisation = 'Pharmacie du Marché'"
            + " where login = ?",
        login);
    logIn(login, TestAccounts.PASSWORD);
    String nir = Fixtures.newIns().value();

    Letter letter =
        CounterDesk.openRecord(browser, nir, "marc." + Fixtures.marker() + "@exemple.fr");

    assertThat(browser.text("signed-in")).contains("Pharmacie du Marché");
    assertThat(browser.has("closing")).isFalse();
    browser.screenshot("pharmacie-dossier-ouvert");
    assertThat(
            Sql.count(
                db,
                "select count(*) from record where ins_nir = ? and opening_channel = 'PHARMACY'"
                    + " and opened_by_finess = ? and opened_by_organisation = 'Pharmacie du Marché'",
                nir,
                finess))
        .isEqualTo(1);
    assertThat(Sql.count(db, "select count(*) from account where login = ?", letter.login()))
        .isEqualTo(1);
  }
}
