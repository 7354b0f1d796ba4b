package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.web.CounterDesk;
import org.dmp.it.support.web.CounterDesk.Letter;
import org.dmp.it.support.web.Outbox;
import org.dmp.it.support.web.ProfessionalSoftware;
import org.dmp.it.support.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole journey of issue 6 in one browser: a counter agent opens a record and prints the
 * letter; the patient logs in with it and the one-time code, chooses a password, goes through the
 * five tabs, hides a document and blocks a professional; that professional's reads are then refused
 * on the REST channel, and the refusal is in the patient's access history.
 */
class PatientJourneyIT extends WebIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @BeforeEach
  void organisations() {
    Fixtures.ensureAccounts(db);
  }

  @Test
  void fromTheCounterToABlockedProfessionalInTheAccessHistory() throws Exception {
    // the counter: the record opened with the patient's consent, the letter printed and read
    Ins ins = Fixtures.newIns();
    String email = "jeanne." + Fixtures.marker() + "@exemple.fr";
    logIn(agent("Sophie MOREAU", "CPAM de Paris"), TestAccounts.PASSWORD);
    Letter letter = CounterDesk.openRecord(browser, ins.value(), email);
    browser.screenshot("guichet-dossier-ouvert");
    CounterDesk.logOut(browser);

    // the patient's doctors: oral consent recorded by their software, a report fed
    ProfessionalSoftware.authorize(Fixtures.doctor(), ins);
    ProfessionalSoftware.authorize(Fixtures.otherDoctor(), ins);
    String title = "Compte rendu de consultation " + Fixtures.marker();
    ProfessionalSoftware.feed(ins, ProfessionalSoftware.doc(title, "10", "11488-4", "N"));
    assertThat(
            ProfessionalSoftware.titles(ProfessionalSoftware.search(Fixtures.otherDoctor(), ins)))
        .contains(title);

    // the patient: the letter's login and secret, the code, then their own password
    logIn(letter.login(), letter.secret());
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
    String code = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    browser.type("code:value", code).click("code:submit");
    assertThat(browser.path()).isEqualTo("/dmp/compte/mot-de-passe.xhtml");
    browser
        .type("password:current", letter.secret())
        .type("password:chosen", "ma phrase de 1948 à moi")
        .type("password:confirmation", "ma phrase de 1948 à moi")
        .click("password:submit");
    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");

    // the five tabs
    String[][] tabs = {
      {"tab-synthese", "Synthèse"},
      {"tab-documents", "Documents"},
      {"tab-informations", "Mes informations"},
      {"tab-gestion", "Gestion du dossier"},
      {"tab-historique", "Historique des accès"}
    };
    for (String[] tab : tabs) {
      browser.click(tab[0]);
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(tab[1]);
      assertThat(browser.element(tab[0]).getAttribute("aria-current")).isEqualTo("page");
      browser.screenshot("onglet-" + tab[0].substring(4));
    }
    // and no counter page for a patient
    browser.open("/guichet/recherche.xhtml");
    assertThat(browser.text("error-text"))
        .isEqualTo("Cette page n'est pas accessible avec votre compte.");

    // hides the report: the other doctor no longer finds it
    browser.open("/portail/documents.xhtml");
    WebElement hide =
        row(title).findElement(By.cssSelector("input[value=\"Masquer aux professionnels\"]"));
    hide.click();
    new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.stalenessOf(hide));
    assertThat(browser.text("messages")).startsWith("Le document est masqué aux professionnels");
    assertThat(
            ProfessionalSoftware.titles(ProfessionalSoftware.search(Fixtures.otherDoctor(), ins)))
        .doesNotContain(title);

    // blocks the other doctor by RPPS: their next search is refused
    browser.click("tab-gestion");
    browser.type("block:rpps", Fixtures.OTHER_DOCTOR_RPPS.value()).click("block:submit");
    assertThat(browser.text("blocked:list")).contains(Fixtures.OTHER_DOCTOR_RPPS.value());
    browser.screenshot("professionnel-bloque");
    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> ProfessionalSoftware.search(Fixtures.otherDoctor(), ins));
    assertThat(refused).isNotNull().hasMessageContaining("403");

    // the refusal, with who was refused, in the patient's access history
    browser.click("tab-historique");
    browser.screenshot("historique-refus");
    assertThat(
            browser.all(By.cssSelector("tr.entry[data-decision='DENIED']")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(Fixtures.otherDoctor().actor().displayName())))
        .isNotEmpty();
  }

  private WebElement row(String title) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[contains(@class,'document')][td[contains(normalize-space(.),\""
                    + title
                    + "\")]]"));
  }
}
