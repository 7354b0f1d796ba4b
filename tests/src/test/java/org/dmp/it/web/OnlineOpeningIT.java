package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.InsuredReferential;
import org.dmp.it.support.web.Outbox;
import org.dmp.it.support.web.WebIT;
import org.junit.jupiter.api.Test;

/**
 * A patient opens their own record from home: identity as on the Vitale card, the code read from
 * their mail (the development outbox), a password, the login shown; then they log in with it. Each
 * refusal has its own message on the page and writes nothing.
 */
class OnlineOpeningIT extends WebIT {

  private static final LocalDate BORN = LocalDate.of(1961, 5, 2);
  private static final String PASSWORD = "ma phrase secrète de 2026";

  private String email;
  private Ins ins;

  private void insured() {
    email = "helene." + Fixtures.marker() + "@exemple.fr";
    ins = Fixtures.newIns();
    InsuredReferential.add(db, ins, "LE GOFF", "Hélène Marie", BORN, email);
  }

  private void identity(String nir, String birthName, String firstName, String birthDate) {
    browser
        .type("identity:nir", nir)
        .type("identity:birthName", birthName)
        .type("identity:firstName", firstName)
        .type("identity:birthDate", birthDate);
  }

  private static String spaced(Ins ins) {
    String v = ins.value();
    return v.charAt(0)
        + " "
        + v.substring(1, 3)
        + " "
        + v.substring(3, 5)
        + " "
        + v.substring(5, 7)
        + " "
        + v.substring(7, 10)
        + " "
        + v.substring(10, 13)
        + " "
        + v.substring(13);
  }

  @Test
  void aPatientOpensTheirRecordAloneThenLogsInWithTheLoginShown() {
    insured();
    browser.open("/index.xhtml");
    browser.click("open-online");
    assertThat(browser.path()).isEqualTo("/dmp/ouverture/identite.xhtml");
    browser.screenshot("1-identite");

    identity(spaced(ins), "le goff", "HELENE", "02/05/1961");
    assertThat(browser.text("nir-check")).isEqualTo("Le numéro et sa clé sont cohérents.");
    browser.screenshot("1-identite-remplie");
    browser.click("identity:submit");

    assertThat(browser.path()).isEqualTo("/dmp/ouverture/code.xhtml");
    assertThat(browser.text("destination")).contains("h•••@exemple.fr");
    browser.screenshot("2-code");
    String first = Outbox.latestCode(browser, email);
    browser.open("/ouverture/code.xhtml");
    browser.click("resend:resend");
    assertThat(browser.text("messages")).isEqualTo("Un nouveau code vient d'être envoyé.");
    String code = Outbox.latestCode(browser, email);
    browser.open("/ouverture/code.xhtml");
    if (!first.equals(code)) {
      browser.type("code:value", first).click("code:submit");
      assertThat(browser.text("code:value-message"))
          .as("the earlier code no longer works")
          .startsWith("Ce code n'est pas le bon.");
    }
    browser.type("code:value", code).click("code:submit");

    assertThat(browser.path()).isEqualTo("/dmp/ouverture/mot-de-passe.xhtml");
    assertThat(browser.text("rules")).contains("Au moins 12 caractères");
    browser.screenshot("3-mot-de-passe");
    browser.type("password:chosen", "court1").type("password:confirmation", "court1");
    browser.click("password:submit");
    assertThat(browser.text("password:chosen-message")).startsWith("Le mot de passe doit compter");
    browser.screenshot("3-mot-de-passe-trop-court");
    browser.type("password:chosen", PASSWORD).type("password:confirmation", PASSWORD + "!");
    browser.click("password:submit");
    assertThat(browser.text("password:confirmation-message"))
        .startsWith("Les deux saisies du mot de passe sont différentes");
    assertThat(Sql.count(db, "select count(*) from record where ins_nir = ?", ins.value()))
        .as("nothing opened yet")
        .isZero();
    browser.type("password:chosen", PASSWORD).type("password:confirmation", PASSWORD);
    browser.click("password:submit");

    assertThat(browser.path()).isEqualTo("/dmp/ouverture/termine.xhtml");
    String login = browser.text("login-id");
    assertThat(login).matches("P\\d{10}");
    browser.screenshot("4-termine");
    assertThat(
            Sql.count(
                db,
                "select count(*) from record where ins_nir = ? and opening_channel = 'ONLINE'",
                ins.value()))
        .isEqualTo(1);

    browser.click("login");
    assertThat(browser.path()).isEqualTo("/dmp/connexion.xhtml");
    logIn(login, PASSWORD);
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
    assertThat(browser.text("destination")).contains("h•••@exemple.fr");
    browser.screenshot("5-connexion-code");
  }

  @Test
  void theKeyIsCheckedAsItIsTypedAndAWrongKeyIsRefused() {
    insured();
    browser.open("/ouverture/identite.xhtml");
    int key = Integer.parseInt(ins.value().substring(13));
    String wrong = ins.value().substring(0, 13) + String.format("%02d", key % 97 + 1);
    DatabaseState before = DatabaseState.of(db);

    identity(wrong, "LE GOFF", "Hélène", "02/05/1961");
    assertThat(browser.text("nir-check")).startsWith("La clé (les 2 derniers chiffres)");
    browser.click("identity:submit");

    assertThat(browser.text("identity:nir-message")).startsWith("Clé du NIR incorrecte");
    browser.screenshot("erreur-cle");
    assertThat(DatabaseState.of(db)).isEqualTo(before);
  }

  @Test
  void traitsThatAreNotTheInsurersAreRefusedWithWhatToDo() {
    insured();
    browser.open("/ouverture/identite.xhtml");

    identity(ins.value(), "DUPONT", "Hélène", "02/05/1961");
    browser.click("identity:submit");

    assertThat(browser.text("messages"))
        .startsWith("Le numéro de sécurité sociale ne correspond pas au nom");
    assertThat(browser.path()).isEqualTo("/dmp/ouverture/identite.xhtml");
    browser.screenshot("erreur-identite");
    assertThat(Sql.count(db, "select count(*) from dev_outbox where recipient = ?", email))
        .isZero();
  }

  @Test
  void aMinorIsSentToACounterAndADateMustBeReadable() {
    email = "leo." + Fixtures.marker() + "@exemple.fr";
    ins = Fixtures.newIns();
    LocalDate born = LocalDate.now().minusYears(16);
    InsuredReferential.add(db, ins, "MARTIN", "Léo", born, email);
    browser.open("/ouverture/identite.xhtml");

    identity(ins.value(), "MARTIN", "Léo", "31/02/2009");
    browser.click("identity:submit");
    assertThat(browser.text("identity:birthDate-message"))
        .startsWith("Date de naissance non reconnue");
    browser.screenshot("erreur-date");

    browser.type(
        "identity:birthDate",
        String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()));
    browser.click("identity:submit");
    assertThat(browser.text("messages"))
        .startsWith(
            "Un dossier pour un mineur s'ouvre dans un accueil de l'Assurance Maladie avec son"
                + " représentant légal");
    browser.screenshot("erreur-mineur");
  }

  @Test
  void anExistingRecordIsNotOpenedAgain() {
    insured();
    Sql.update(
        db,
        "insert into record (id, ins_nir, ins_oid, birth_name, first_names, sex, birth_date,"
            + " status, opening_channel, opened_by, opened_at, break_glass_allowed,"
            + " centre15_allowed) values (gen_random_uuid(), ?, ?, 'LE GOFF', 'Hélène Marie', 'F',"
            + " ?, 'OPEN', 'COUNTER', 'COUNTER_AGENT:agent-42', now(), true, true)",
        ins.value(),
        ins.oid(),
        java.sql.Date.valueOf(BORN));
    browser.open("/ouverture/identite.xhtml");

    identity(ins.value(), "Le Goff", "Hélène", "02/05/1961");
    browser.click("identity:submit");

    assertThat(browser.text("messages")).startsWith("Vous avez déjà un dossier ouvert.");
    browser.screenshot("erreur-dossier-existant");
  }

  @Test
  void aWrongCodeSaysSoAndTheWayBackKeepsWhatWasTyped() {
    insured();
    browser.open("/ouverture/identite.xhtml");
    identity(ins.value(), "LE GOFF", "Hélène", "02/05/1961");
    browser.click("identity:submit");
    String code = Outbox.latestCode(browser, email);
    browser.open("/ouverture/code.xhtml");

    browser.type("code:value", code.equals("000000") ? "111111" : "000000").click("code:submit");
    assertThat(browser.text("code:value-message")).startsWith("Ce code n'est pas le bon.");
    browser.screenshot("erreur-code");

    browser.click("back:back");
    assertThat(browser.path()).isEqualTo("/dmp/ouverture/identite.xhtml");
    assertThat(browser.element("identity:birthName").getAttribute("value")).isEqualTo("LE GOFF");
  }

  @Test
  void fiveFailuresLockTheOpening() {
    insured();
    for (int i = 0; i < 5; i++) {
      browser.open("/ouverture/identite.xhtml");
      identity(ins.value(), "DUPONT", "Hélène", "02/05/1961");
      browser.click("identity:submit");
    }
    browser.open("/ouverture/identite.xhtml");
    identity(ins.value(), "LE GOFF", "Hélène", "02/05/1961");
    browser.click("identity:submit");

    assertThat(browser.text("messages")).isEqualTo("Trop d'essais : réessayez dans une heure.");
    browser.screenshot("erreur-trop-d-essais");
  }
}
