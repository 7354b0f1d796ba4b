package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.web.Outbox;
import org.dmp.it.support.web.ProfessionalSoftware;
import org.dmp.it.support.web.WebIT;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patient portal's Summary, Documents and Access history tabs, end to end: records opened and
 * fed by professionals over SOAP and FHIR (as their software would), the patient's session in a
 * real browser, and what professionals see afterwards.
 */
class PortalIT extends WebIT {

  private static final int LIMIT = Integer.getInteger("dmp.content.max-bytes", 1048576);
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** The hospital's and the practice software's accounts, which their certificates log in as. */
  @BeforeEach
  void organisations() {
    Fixtures.ensureAccounts(db);
  }

  @Test
  void aDocumentThePatientHidesIsNoLongerSeenByAnotherProfessionalAndTheRefusalIsInTheHistory()
      throws Exception {
    Ins ins = openRecord();
    ProfessionalSoftware.authorize(Fixtures.otherDoctor(), ins);
    String title = "Compte rendu opératoire " + Fixtures.marker();
    ProfessionalSoftware.feed(ins, ProfessionalSoftware.doc(title, "10", "34112-3", "N"));
    ProfessionalSoftware.feed(ins, ProfessionalSoftware.doc("Bilan sanguin", "10", "11502-2", "N"));
    DocumentReference seen =
        ProfessionalSoftware.only(ProfessionalSoftware.search(Fixtures.otherDoctor(), ins), title);
    String url = seen.getContentFirstRep().getAttachment().getUrl();
    assertThat(ProfessionalSoftware.get(url, Fixtures.otherDoctor()).statusCode()).isEqualTo(200);

    logInAsPatient(ins);
    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");
    assertThat(browser.text("latest-documents")).contains(title).contains("Bilan sanguin");
    assertThat(browser.text("break-glass")).isEqualTo("Autorisé");
    assertThat(browser.text("recent-accesses")).contains("Lecture d'un document");
    browser.screenshot("synthese");

    browser.click("tab-documents");
    assertThat(browser.text("dossier-comptes-rendus")).contains(title);
    assertThat(browser.text("dossier-biologie")).contains("Bilan sanguin");
    browser.screenshot("documents");
    clickInRow(title, "Masquer aux professionnels");
    assertThat(browser.text("messages")).startsWith("Le document est masqué aux professionnels");
    assertThat(row(title).getText()).contains("Masqué aux professionnels");
    browser.screenshot("document-masque");

    // another authorized professional: no longer listed, and refused (as unknown) if read
    assertThat(
            ProfessionalSoftware.titles(ProfessionalSoftware.search(Fixtures.otherDoctor(), ins)))
        .doesNotContain(title);
    assertThat(ProfessionalSoftware.get(url, Fixtures.otherDoctor()).statusCode()).isEqualTo(404);
    // its author still sees it (HIDDEN_FROM_PROFESSIONALS: the author and the treating physician)
    assertThat(ProfessionalSoftware.titles(ProfessionalSoftware.search(Fixtures.doctor(), ins)))
        .contains(title);

    browser.click("tab-historique");
    browser.screenshot("historique");
    WebElement denial =
        browser
            .driver()
            .findElement(
                By.cssSelector("tr.entry[data-decision='DENIED'][data-action='READ_DOCUMENT']"));
    assertThat(denial.getText()).contains("Refusé").contains(otherDoctorName());
    assertThat(browser.text("entries")).contains("Document masqué aux professionnels");
    browser.element("history:denials").click();
    browser.click("history:filter");
    List<WebElement> rows = browser.all(By.cssSelector("tr.entry"));
    assertThat(rows).isNotEmpty().allMatch(r -> "DENIED".equals(r.getAttribute("data-decision")));
    browser.screenshot("historique-refus");

    // shown again to professionals
    browser.click("tab-documents");
    clickInRow(title, "Rendre visible aux professionnels");
    assertThat(
            ProfessionalSoftware.titles(ProfessionalSoftware.search(Fixtures.otherDoctor(), ins)))
        .contains(title);
  }

  @Test
  void anEmergencyAccessIsNotifiedOnTheSummaryAndMarkedInTheHistory() throws Exception {
    Ins ins = openRecord();
    ProfessionalSoftware.feed(
        ins, ProfessionalSoftware.doc("Lettre de liaison", "11", "34133-9", "N"));
    String url =
        ProfessionalSoftware.only(
                ProfessionalSoftware.search(Fixtures.doctor(), ins), "Lettre de liaison")
            .getContentFirstRep()
            .getAttachment()
            .getUrl();
    // another doctor, without authorization, in break-glass mode over FHIR
    assertThat(
            ProfessionalSoftware.get(
                    url,
                    Fixtures.otherDoctor()
                        .inEmergency(AccessMode.BREAK_GLASS, "Patient inconscient aux urgences"))
                .statusCode())
        .isEqualTo(200);

    logInAsPatient(ins);
    assertThat(browser.text("notifications"))
        .contains("Bris de glace")
        .contains("Patient inconscient aux urgences");
    browser.screenshot("synthese-notification");
    browser.click("tab-historique");
    WebElement emergency = browser.driver().findElement(By.cssSelector("tr.entry.emergency"));
    assertThat(emergency.getText()).contains("Bris de glace");
    assertThat(emergency.findElement(By.cssSelector(".badge.warning")).isDisplayed()).isTrue();
    browser.screenshot("historique-urgence");
  }

  @Test
  void thePatientAddsDownloadsAndDeletesTheirOwnDocument() throws Exception {
    Ins ins = openRecord();
    logInAsPatient(ins);
    browser.click("tab-documents");
    byte[] pdf = XdsRequests.pdf(50_000);
    String title = "Ordonnance de lunettes " + UUID.randomUUID().toString().substring(0, 6);

    upload(title, file("ordonnance.pdf", pdf));

    assertThat(browser.text("messages")).contains("a été ajouté à « Mes documents »");
    assertThat(browser.text("dossier-mes-documents")).contains(title);
    browser.screenshot("document-ajoute");
    String id = row(title).getAttribute("id").substring("doc-".length());
    HttpResponse<byte[]> download = fromPortal("/portail/document/" + id + "?telecharger");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(fromPortal("/portail/document/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    clickInRow(title, "Supprimer");
    assertThat(browser.text("messages")).isEqualTo("Le document a été supprimé.");
    assertThat(browser.pageText()).doesNotContain(title);
    assertThat(
            Sql.count(
                db,
                "select count(*) from document_entry where id = ?::uuid"
                    + " and status = 'DELETED'",
                id))
        .isEqualTo(1);
  }

  @Test
  void aProgramCalledPdfAndATooLargeFileAreRefusedAndNothingIsStored() throws Exception {
    Ins ins = openRecord();
    logInAsPatient(ins);
    browser.click("tab-documents");
    DatabaseState before = DatabaseState.of(db);

    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    upload("Mon programme", file("facture.pdf", exe));

    assertThat(browser.text("upload:file-message"))
        .startsWith("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG");
    browser.screenshot("fichier-refuse");
    assertThat(DatabaseState.of(db)).isEqualTo(before);

    upload("Scanner complet", file("scanner.pdf", XdsRequests.pdf(LIMIT + 1)));

    assertThat(browser.text("upload:file-message")).startsWith("Ce fichier est trop volumineux");
    assertThat(DatabaseState.of(db)).isEqualTo(before);

    upload(" ", file("lettre.pdf", XdsRequests.pdf(100)));
    assertThat(browser.text("upload:title-message")).startsWith("Donnez un titre au document");
  }

  @Test
  void aDocumentInvisibleToThePatientIsNeitherListedNorServed() throws Exception {
    Ins ins = openRecord();
    String invisible = "Résultat à annoncer " + Fixtures.marker();
    ProfessionalSoftware.feed(
        ins, ProfessionalSoftware.doc(invisible, "10", "11502-2", "INVISIBLE_PATIENT"));
    ProfessionalSoftware.feed(ins, ProfessionalSoftware.doc("Ordonnance", "42", "57833-6", "N"));
    String id = entryUuidOf(invisible);

    logInAsPatient(ins);
    browser.click("tab-documents");

    assertThat(browser.text("dossier-traitements")).contains("Ordonnance");
    assertThat(browser.pageText()).doesNotContain(invisible);
    assertThat(browser.has("dossier-biologie")).isFalse();
    assertThat(fromPortal("/portail/document/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void aRepresentativeChoosesARecordAndDoesNotSeeWhatIsInvisibleToRepresentatives()
      throws Exception {
    Ins child = openRecord();
    Ins other = openRecord();
    ProfessionalSoftware.feed(
        child, ProfessionalSoftware.doc("Carnet de vaccination", "11", "11369-6", "N"));
    String secret = "Consultation confidentielle " + Fixtures.marker();
    ProfessionalSoftware.feed(
        child, ProfessionalSoftware.doc(secret, "10", "34112-3", "INVISIBLE_REPRESENTANTS_LEGAUX"));
    logInAsRepresentativeOf(child, other);

    assertThat(browser.has("chooser")).isTrue();
    browser.screenshot("synthese-representant");
    assertThat(browser.all(By.cssSelector("#chooser input[type=submit]"))).hasSize(2);
    chooseTheRecordHolding("Carnet de vaccination");
    assertThat(browser.text("dossier-prevention")).contains("Carnet de vaccination");
    assertThat(browser.pageText()).doesNotContain(secret);
    browser.screenshot("documents-representant");
  }

  // --- the professionals' side

  private Ins openRecord() throws Exception {
    Ins ins = ProfessionalSoftware.openRecord();
    // the patient's consent to open the record is not an authorization to read it
    ProfessionalSoftware.authorize(Fixtures.doctor(), ins);
    return ins;
  }

  private static String otherDoctorName() {
    return Fixtures.otherDoctor().actor().displayName();
  }

  @Test
  void aFormPostsIntoTheRecordItsPageShowedEvenAfterAnotherTabSwitchedRecord() throws Exception {
    Ins child = openRecord();
    Ins other = openRecord();
    logInAsRepresentativeOf(child, other);
    // tab 1: the first child's information (the first record represented)
    browser.open("/portail/mes-informations.xhtml");
    String first = browser.driver().getWindowHandle();
    // tab 2: switches to the other record
    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.open("/portail/synthese.xhtml");
    WebElement switchTo = browser.all(By.cssSelector("#chooser input[type=submit]")).get(1);
    switchTo.click();
    new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.stalenessOf(switchTo));

    browser.driver().switchTo().window(first);
    browser
        .type("emergency:name", "Agnès MARTIN")
        .type("emergency:relationship", "tante")
        .type("emergency:phone", "06 11 22 33 44")
        .click("emergency:add");

    String saved =
        "select count(*) from emergency_contact e join record r on r.id = e.record_id"
            + " where r.ins_nir = ? and e.name = 'Agnès MARTIN'";
    assertThat(Sql.count(db, saved, child.value())).isEqualTo(1);
    assertThat(Sql.count(db, saved, other.value())).isZero();
  }

  // --- the database, where only the server knows

  private String entryUuidOf(String title) throws Exception {
    return text("select id::text from document_entry where title = ?", title);
  }

  private String recordIdOf(Ins ins) throws Exception {
    return text("select id::text from record where ins_nir = ?", ins.value());
  }

  private void representing(String representative, Ins ins) throws Exception {
    Sql.update(
        db,
        "insert into legal_representative (id, record_id, representative_id, name, added_at)"
            + " values (?::uuid, ?::uuid, ?, 'Pierre MARTIN', now())",
        UUID.randomUUID().toString(),
        recordIdOf(ins),
        representative);
  }

  // --- the patient's browser

  private void logInAsPatient(Ins ins) {
    String email = "jeanne." + Fixtures.marker() + "@exemple.fr";
    String login = uniqueLogin("patient");
    TestAccounts.ensure(db, login, "PATIENT", ins.value(), "PATIENT");
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Jeanne MARTIN', must_change_password = false"
            + " where login = ?",
        email,
        login);
    logInWithCode(login, email);
  }

  /** A legal representative of these records, logged in with their code. */
  private void logInAsRepresentativeOf(Ins... records) throws Exception {
    String representative = "rep-" + UUID.randomUUID();
    for (Ins record : records) {
      representing(representative, record);
    }
    String email = "pierre." + Fixtures.marker() + "@exemple.fr";
    String login = uniqueLogin("representant");
    TestAccounts.ensure(db, login, "REPRESENTATIVE", representative, "REPRESENTATIVE");
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Pierre MARTIN', must_change_password = false"
            + " where login = ?",
        email,
        login);
    logInWithCode(login, email);
  }

  private void logInWithCode(String login, String email) {
    logIn(login, TestAccounts.PASSWORD);
    assertThat(browser.path()).isEqualTo("/dmp/compte/code.xhtml");
    String code = Outbox.latestCode(browser, email);
    browser.open("/compte/code.xhtml");
    browser.type("code:value", code).click("code:submit");
    assertThat(browser.path()).isEqualTo("/dmp/portail/synthese.xhtml");
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

  /** Clicks a row's button (accepting the confirmation a deletion asks) and waits for the page. */
  private void clickInRow(String title, String label) {
    WebElement button = row(title).findElement(By.cssSelector("input[value=\"" + label + "\"]"));
    button.click();
    if (label.equals("Supprimer")) {
      new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.alertIsPresent());
      browser.driver().switchTo().alert().accept();
    }
    new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.stalenessOf(button));
  }

  /** Both records are Jeanne MARTIN's: tries each in the chooser until the documents show it. */
  private void chooseTheRecordHolding(String title) {
    for (int i = 0; i < 2; i++) {
      browser.click("tab-synthese");
      WebElement b = browser.all(By.cssSelector("#chooser input[type=submit]")).get(i);
      b.click();
      new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.stalenessOf(b));
      browser.click("tab-documents");
      if (browser.pageText().contains(title)) {
        return;
      }
    }
    throw new AssertionError("no record holds " + title);
  }

  private void upload(String title, Path file) {
    browser.type("upload:title", title);
    browser.element("upload:file").sendKeys(file.toAbsolutePath().toString());
    browser.click("upload:submit");
  }

  private static Path file(String name, byte[] content) throws Exception {
    Path dir = Files.createTempDirectory("portail");
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  /** A GET in the patient's session (the browser's cookie), as a download would be. */
  private HttpResponse<byte[]> fromPortal(String path) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(TestPki.sslContextWithoutCertificate())
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(TestServer.HTTPS + "/dmp" + path))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private String text(String sql, Object... parameters) throws Exception {
    try (var c = db.getConnection();
        var q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      try (var r = q.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
