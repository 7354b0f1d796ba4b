package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.ServerManagement;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.web.Outbox;
import org.dmp.it.support.web.WebIT;
import org.junit.jupiter.api.Test;

/**
 * The pages' login: the password checked by the container, a new session id, the one-time code of a
 * patient's session, the first password replacing the letter's secret, the lockout, the session's
 * end after inactivity, and no page for the wrong role.
 */
class LoginIT extends WebIT {

  @Test
  void anAgentLogsInToTheirCounterWithANewSessionAndReachesNoPatientPage() {
    String agent = agent("Sophie MOREAU", "CPAM de Paris — accueil Vaugirard");
    browser.open("/connexion.xhtml");
    browser.screenshot("connexion");
    String before = browser.cookie("JSESSIONID");

    logIn(agent, TestAccounts.PASSWORD);

    assertThat(browser.path()).isEqualTo("/dmp/guichet/recherche.xhtml");
    assertThat(browser.text("signed-in"))
        .contains("Sophie MOREAU")
        .contains("CPAM de Paris — accueil Vaugirard");
    assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);

    browser.open("/portail/synthese.xhtml");
    browser.screenshot("acces-refuse");
    assertThat(browser.text("error-text"))
        .isEqualTo("Cette page n'est pas accessible avec votre compte.");
    browser.open("/supervision/tableau-de-bord.xhtml");
    assertThat(browser.has("error-text")).isTrue();
  }

  @Test
  void thePagesSpeakFrenchFirstAndEnglishOnRequest() {
    browser.open("/");
    assertThat(browser.element("contenu").getText()).contains("Vous êtes patient");

    browser.click("language:switch");

    browser.screenshot("accueil-en-anglais");
    assertThat(browser.element("contenu").getText()).contains("You are a patient");
    browser.open("/connexion.xhtml");
    assertThat(
            browser.text("login:submit").isEmpty()
                ? browser.element("login:submit").getAttribute("value")
                : browser.text("login:submit"))
        .isEqualTo("Log in");
  }

  @Test
  void aSecondPersonLoggingInOnTheSameBrowserFirstClosesTheFirstOnesSession() {
    String first = agent("Sophie MOREAU", "CPAM de Paris");
    String second = agent("Luc PETIT", "CPAM de Paris");
    logIn(first, TestAccounts.PASSWORD);
    assertThat(browser.text("signed-in")).contains("Sophie MOREAU");

    logIn(second, TestAccounts.PASSWORD);

    assertThat(browser.text("previous-closed")).startsWith("Une autre personne était connectée");
    browser.open("/guichet/recherche.xhtml");
    assertThat(browser.path()).as("nobody logged in any more").isEqualTo("/dmp/connexion.xhtml");
    logIn(second, TestAccounts.PASSWORD);
    assertThat(browser.text("signed-in")).contains("Luc PETIT");
  }

  @Test
  void aDisabledAccountsSessionEndsAtItsNextPage() {
    String agent = agent("Marc DUBOIS", "CPAM de Nantes");
    logIn(agent, TestAccounts.PASSWORD);
    assertThat(browser.path()).isEqualTo("/dmp/guichet/recherche.xhtml");

    // the operator disables the account (./dmp account disable) while the session is open
    Sql.update(db, "update account set enabled = false where login = ?", agent);

    browser.open("/guichet/recherche.xhtml");
    assertThat(browser.text("ended")).startsWith("Votre session a été fermée");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");
  }

  @Test
  void pagesNeedALoginAndSayWhenTheyAreWrong() {
    browser.open("/guichet/recherche.xhtml");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");

    logIn("personne-" + Fixtures.marker(), "pas le bon mot de passe");

    browser.screenshot("mot-de-passe-errone");
    assertThat(browser.text("messages")).startsWith("Identifiant ou mot de passe incorrect.");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");
  }

  @Test
  void aPatientGivesTheOneTimeCodeThenReplacesTheLetterSecret() {
    String email = "jeanne." + Fixtures.marker() + "@exemple.fr";
    String login = patient(email, true);

    logIn(login, TestAccounts.PASSWORD);

    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
    assertThat(browser.text("destination")).contains("j•••@exemple.fr");
    browser.screenshot("code");
    // nothing of the portal before the code, nor the password page: a stolen password alone
    // must not replace the patient's
    browser.open("/portail/synthese.xhtml");
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
    browser.open("/compte/mot-de-passe.xhtml");
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");

    String code = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    browser.type("code:value", code.equals("123456") ? "654321" : "123456").click("code:submit");
    assertThat(browser.text("code:value-message")).startsWith("Ce code n'est pas le bon.");
    browser.type("code:value", code).click("code:submit");

    assertThat(browser.path()).isEqualTo("/dmp/compte/mot-de-passe.xhtml");
    browser.screenshot("premier-mot-de-passe");
    // still nothing of the portal before the password is chosen
    browser.open("/portail/synthese.xhtml");
    assertThat(browser.path()).isEqualTo("/dmp/compte/mot-de-passe.xhtml");
    choosePassword(TestAccounts.PASSWORD, "court1", "court1");
    assertThat(browser.text("password:chosen-message")).startsWith("Le mot de passe doit compter");
    choosePassword(TestAccounts.PASSWORD, "une phrase de 2026", "une phrase de 2025");
    assertThat(browser.text("password:confirmation-message"))
        .startsWith("Les deux saisies du nouveau mot de passe sont différentes");
    choosePassword("pas le mien", "une phrase de 2026", "une phrase de 2026");
    assertThat(browser.text("password:chosen-message"))
        .startsWith("Le mot de passe actuel n'est pas le bon.");
    assertThat(
            Sql.count(
                db, "select count(*) from account where login = ? and must_change_password", login))
        .as("refused choices change nothing")
        .isEqualTo(1);

    choosePassword(TestAccounts.PASSWORD, "une phrase de 2026", "une phrase de 2026");

    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");
    browser.screenshot("portail");
    // the next session asks for a new code, and the letter's secret no longer opens the account
    browser.press("logout");
    browser.waitForPage("/connexion.xhtml", Duration.ofSeconds(20));
    logIn(login, TestAccounts.PASSWORD);
    assertThat(browser.text("messages")).startsWith("Identifiant ou mot de passe incorrect.");
    logIn(login, "une phrase de 2026");
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
  }

  @Test
  void threeWrongCodesSpendTheCodeAndANewOneCanBeAskedFor() {
    String email = "paul." + Fixtures.marker() + "@exemple.fr";
    String login = patient(email, false);
    logIn(login, TestAccounts.PASSWORD);
    String first = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    String wrong = first.equals("000000") ? "111111" : "000000";

    for (int i = 0; i < 3; i++) {
      browser.type("code:value", wrong).click("code:submit");
    }
    assertThat(browser.text("code:value-message")).startsWith("Trop d'essais avec ce code.");
    browser.type("code:value", first).click("code:submit");
    assertThat(browser.text("code:value-message")).startsWith("Trop d'essais avec ce code.");

    browser.click("resend:resend");
    String second = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    browser.type("code:value", second).click("code:submit");
    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
    String agent = agent("Luc PETIT", "CPAM du Rhône");

    for (int i = 1; i <= 4; i++) {
      logIn(agent, "faux mot de passe " + i);
      assertThat(browser.text("messages")).startsWith("Identifiant ou mot de passe incorrect.");
    }
    logIn(agent, "faux mot de passe 5");
    assertThat(browser.text("messages"))
        .startsWith("Ce compte est bloqué après 5 mots de passe erronés. Réessayez après ");
    browser.screenshot("compte-bloque");

    logIn(agent, TestAccounts.PASSWORD);
    assertThat(browser.text("messages")).startsWith("Ce compte est bloqué");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");
  }

  @Test
  void anInactiveSessionWarnsThenEndsOnTheLoginPage() throws Exception {
    String agent = agent("Nadia BERNARD", "CPAM de Lille");
    // a short session for this login only: the timeout is read at each login
    ServerManagement.setProperty("dmp.web.session-timeout", "PT8S");
    try {
      logIn(agent, TestAccounts.PASSWORD);
    } finally {
      ServerManagement.setProperty("dmp.web.session-timeout", "PT30M");
    }
    assertThat(browser.element("page").getAttribute("data-timeout")).isEqualTo("8");

    browser.waitVisible("session-warning", Duration.ofSeconds(20));
    browser.screenshot("avertissement-fin-de-session");
    browser.press("stay");
    // staying closes the warning (and the server answered the keep-alive: the timer starts again)
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                org.openqa.selenium.By.id("session-warning")));
    browser.waitForPage("/connexion.xhtml", Duration.ofSeconds(30));

    assertThat(browser.text("expired")).startsWith("Votre session a pris fin");
    browser.screenshot("session-expiree");
    browser.open("/guichet/recherche.xhtml");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");
  }

  private void choosePassword(String current, String chosen, String confirmation) {
    browser
        .type("password:current", current)
        .type("password:chosen", chosen)
        .type("password:confirmation", confirmation)
        .click("password:submit");
  }

  /** A patient's account with the address their codes go to. */
  private String patient(String email, boolean mustChangePassword) {
    String login = uniqueLogin("patient");
    TestAccounts.ensure(db, login, "PATIENT", Fixtures.newIns().value(), "PATIENT");
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Jeanne MARTIN', must_change_password = ?"
            + " where login = ?",
        email,
        mustChangePassword,
        login);
    return login;
  }
}
