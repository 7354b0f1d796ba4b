package org.dmp.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.hostile.Expected.form;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.InsuredReferential;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.soap.XdsRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages' part of the corpus, posted as a script would (no browser checks in the way): injection
 * strings in every field with a grammar of the login, counter, online-opening, portal and
 * supervision forms, forged view states, hostile uploads and spent or expired one-time codes.
 */
class HostilePagesIT extends HostileIT {

  private static final String LOGIN_FAILED = "Identifiant ou mot de passe incorrect";

  @TestFactory
  Stream<DynamicTest> loginAndOnlineOpening() {
    PageClient anonymous = new PageClient();
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.prepared(
                      "page login",
                      "login id: " + name,
                      form(LOGIN_FAILED),
                      () ->
                          anonymous.form(
                              "/connexion.xhtml",
                              "login",
                              Map.of("login", value, "password", "' OR '1'='1"),
                              "submit")));
              cases.add(
                  HostileCase.prepared(
                      "page online opening",
                      "NIR: " + name,
                      form("NIR"),
                      () -> opening(anonymous, value, "01/02/1980")));
              cases.add(
                  HostileCase.prepared(
                      "page online opening",
                      "birth name: " + name,
                      form("Nom de naissance refusé"),
                      () -> opening(anonymous, Fixtures.newIns().value(), value, "01/02/1980")));
              cases.add(
                  HostileCase.prepared(
                      "page online opening",
                      "birth date: " + name,
                      form("Date de naissance non reconnue"),
                      () -> opening(anonymous, Fixtures.newIns().value(), value)));
            });
    cases.add(
        HostileCase.of(
            "page login",
            "forged view state",
            form("Votre session a pris fin"),
            () ->
                anonymous.post(
                    "/connexion.xhtml",
                    "login",
                    Map.of("login", "x", "password", "y"),
                    "submit",
                    "-123456789:987654321")));
    cases.add(
        HostileCase.of(
            "page login",
            "no view state (not a postback: the form again, nothing done)",
            form("Saisissez l'identifiant et le mot de passe"),
            () ->
                anonymous.post(
                    "/connexion.xhtml",
                    "login",
                    Map.of("login", "x", "password", "y"),
                    "submit",
                    null)));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> counterForms() {
    PageClient agent = loggedIn(staff("COUNTER_AGENT"));
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.prepared(
                      "page counter search",
                      "NIR: " + name,
                      form("NIR"),
                      () -> search(agent, value, "15/03/1962")));
              cases.add(
                  HostileCase.prepared(
                      "page counter search",
                      "birth date: " + name,
                      form("Date de naissance invalide"),
                      () -> search(agent, Fixtures.newIns().value(), value)));
            });
    PageClient supervisor = loggedIn(staff("COUNTER_SUPERVISOR"));
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        "page supervision dashboard",
                        "period start: " + name,
                        form("n'est pas une date"),
                        () ->
                            supervisor.get(
                                "/supervision/tableau-de-bord.xhtml?du="
                                    + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                                    + "&au=2026-11-30"))));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> portalForms() throws Exception {
    PageClient patient = patient(HostileSoapIT.openRecord());
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.prepared(
                          "page portal my information",
                          "e-mail: " + name,
                          form("Adresse électronique invalide"),
                          () ->
                              patient.form(
                                  "/portail/mes-informations.xhtml",
                                  "contact",
                                  Map.of("email", value, "phone", "0612345678"),
                                  "save"))
                      .leaving(Effect.INFORMATION_SHOWN_AGAIN));
              cases.add(
                  HostileCase.prepared(
                          "page portal my information",
                          "phone: " + name,
                          form("Numéro de téléphone invalide"),
                          () ->
                              patient.form(
                                  "/portail/mes-informations.xhtml",
                                  "contact",
                                  Map.of("email", "jeanne@exemple.fr", "phone", value),
                                  "save"))
                      .leaving(Effect.INFORMATION_SHOWN_AGAIN));
              cases.add(
                  HostileCase.prepared(
                          "page portal my information",
                          "vaccination date: " + name,
                          form("Date non reconnue"),
                          () ->
                              patient.form(
                                  "/portail/mes-informations.xhtml",
                                  "vaccination",
                                  Map.of("vaccine", "DTP", "date", value, "dose", "1"),
                                  "add"))
                      .leaving(Effect.INFORMATION_SHOWN_AGAIN));
              cases.add(
                  HostileCase.prepared(
                      "page portal record management",
                      "RPPS to block: " + name,
                      form("RPPS"),
                      () ->
                          patient.form(
                              "/portail/gestion.xhtml", "block", Map.of("rpps", value), "submit")));
            });
    String docs = "/portail/documents.xhtml";
    byte[] exe = "MZ\u0090\u0000 not a PDF".getBytes(StandardCharsets.ISO_8859_1);
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "path traversal file name, executable content",
            form("PDF"),
            () ->
                patient.uploadForm(
                    docs,
                    "Ordonnance",
                    "../../../../etc/cron.d/x.pdf",
                    "application/pdf",
                    exe,
                    Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "Windows path file name, script content",
            form("PDF"),
            () ->
                patient.uploadForm(
                    docs,
                    "Ordonnance",
                    "..\\..\\windows\\system32\\x.pdf",
                    "application/pdf",
                    "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                    Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "PNG name and type, HTML content",
            form("PDF"),
            () ->
                patient.uploadForm(
                    docs,
                    "Radio",
                    "radio.png",
                    "image/png",
                    "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8),
                    Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "file over the limit (1 MiB + 1)",
            form("trop volumineux"),
            () ->
                patient.uploadForm(
                    docs,
                    "Gros fichier",
                    "gros.pdf",
                    "application/pdf",
                    XdsRequests.pdf(1048577),
                    Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "empty file",
            form("Choisissez un fichier"),
            () ->
                patient.uploadForm(
                    docs, "Vide", "vide.pdf", "application/pdf", new byte[0], Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "NUL in the file name, PDF in the title only",
            form("PDF"),
            () ->
                patient.uploadForm(
                    docs,
                    "%PDF-1.7",
                    "x.pdf\u0000.exe",
                    "application/pdf",
                    "GIF89a".getBytes(StandardCharsets.US_ASCII),
                    Integer.MAX_VALUE)));
    cases.add(
        HostileCase.prepared(
            "page portal upload",
            "multipart body cut in the middle of the file",
            new Expected("HTTP 400 page", java.util.Set.of(400), "Formulaire illisible"),
            () ->
                patient.uploadForm(
                    docs, "Coupé", "coupe.pdf", "application/pdf", XdsRequests.pdf(4000), 2500)));
    cases.add(
        HostileCase.of(
            "page portal upload",
            "GET claiming a multipart body",
            new Expected("HTTP 400 page", java.util.Set.of(400), "Formulaire illisible"),
            () -> patient.getClaimingMultipart(docs)));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> spentAndExpiredCodes() throws Exception {
    String email = "code." + Fixtures.marker() + "@exemple.fr";
    String login = patientAccount(HostileSoapIT.openRecord(), email);
    // a first session uses its code, a second one is waiting for a new code
    PageClient first = new PageClient();
    first.submit("/connexion.xhtml", "login", credentials(login), "submit");
    String spent = InsuredReferential.latestCode(db, email);
    first.submit("/compte/code.xhtml", "code", Map.of("value", spent), "submit");
    PageClient second = new PageClient();
    second.submit("/connexion.xhtml", "login", credentials(login), "submit");
    // another patient's session whose code has expired
    String lateEmail = "late." + Fixtures.marker() + "@exemple.fr";
    String lateLogin = patientAccount(HostileSoapIT.openRecord(), lateEmail);
    PageClient late = new PageClient();
    late.submit("/connexion.xhtml", "login", credentials(lateLogin), "submit");
    String expired = InsuredReferential.latestCode(db, lateEmail);
    Sql.update(
        db,
        "update one_time_code set expires_at = now() - interval '1 minute' where subject = ?",
        lateLogin);
    return corpus(
        List.of(
            HostileCase.prepared(
                    "page one-time code",
                    "replayed code of an earlier session",
                    form("Ce code n'est pas le bon"),
                    () ->
                        second.form("/compte/code.xhtml", "code", Map.of("value", spent), "submit"))
                .leaving(Effect.ONE_CODE_ATTEMPT),
            HostileCase.prepared(
                "page one-time code",
                "expired code",
                form("Ce code a expiré"),
                () ->
                    late.form("/compte/code.xhtml", "code", Map.of("value", expired), "submit"))));
  }

  /** Not a refusal: a title with markup is kept as typed and shown as text, never as markup. */
  @Test
  void aTitleWithMarkupIsStoredVerbatimAndShownEscaped() throws Exception {
    PageClient patient = patient(HostileSoapIT.openRecord());
    String title = "<script>alert('dmp')</script> d'Artagnan";
    Answer added =
        patient.upload(
            "/portail/documents.xhtml",
            title,
            "lettre.pdf",
            "application/pdf",
            XdsRequests.pdf(500));
    assertThat(added.body()).as("%s", added).contains("a été ajouté");
    Answer page = patient.get("/portail/documents.xhtml");
    assertThat(page.body())
        .contains("&lt;script&gt;alert('dmp')&lt;/script&gt; d'Artagnan")
        .doesNotContain("<script>alert(");
    assertThat(Sql.text(db, "select count(*) from document_entry where title = ?", title))
        .isEqualTo("1");
  }

  // --- sessions and forms

  private Callable<Answer> opening(PageClient client, String nir, String birthDate) {
    return opening(client, nir, "MARTIN", birthDate);
  }

  private Callable<Answer> opening(
      PageClient client, String nir, String birthName, String birthDate) {
    return client.form(
        "/ouverture/identite.xhtml",
        "identity",
        Map.of("nir", nir, "birthName", birthName, "firstName", "Jeanne", "birthDate", birthDate),
        "submit");
  }

  private static Callable<Answer> search(PageClient agent, String nir, String birthDate) {
    return agent.form(
        "/guichet/recherche.xhtml",
        "search",
        Map.of("nir", nir, "birthName", "MARTIN", "firstNames", "Jeanne", "birthDate", birthDate),
        "submit");
  }

  private String staff(String role) {
    String login = "hostile-" + role.toLowerCase().replace('_', '-') + "-" + Fixtures.marker();
    TestAccounts.ensure(db, login, "COUNTER_AGENT", login, role);
    Sql.update(
        db,
        "update account set display_name = 'Agent HOSTILE', organisation = 'CPAM' where login = ?",
        login);
    return login;
  }

  private static PageClient loggedIn(String login) {
    PageClient client = new PageClient();
    client.submit("/connexion.xhtml", "login", credentials(login), "submit");
    return client;
  }

  private PageClient patient(Ins ins) {
    String email = "hostile." + Fixtures.marker() + "@exemple.fr";
    String login = patientAccount(ins, email);
    PageClient client = new PageClient();
    client.submit("/connexion.xhtml", "login", credentials(login), "submit");
    Answer portal =
        client.submit(
            "/compte/code.xhtml",
            "code",
            Map.of("value", InsuredReferential.latestCode(db, email)),
            "submit");
    assertThat(portal.body()).as("logged in: %s", portal).contains("tab-documents");
    return client;
  }

  private String patientAccount(Ins ins, String email) {
    String login = "hostile-patient-" + Fixtures.marker();
    TestAccounts.ensure(db, login, "PATIENT", ins.value(), "PATIENT");
    Sql.update(
        db,
        "update account set email = ?, display_name = 'Jeanne MARTIN', must_change_password = false"
            + " where login = ?",
        email,
        login);
    return login;
  }

  private static Map<String, String> credentials(String login) {
    return Map.of("login", login, "password", TestAccounts.PASSWORD);
  }
}
