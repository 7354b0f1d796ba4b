package org.dmp.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.document.Documents;
import org.dmp.application.record.Records;
import org.dmp.domain.account.PasswordHash;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.bench.DoctorsRecords;
import org.dmp.it.support.bench.Load;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.bench.Timings;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages under load, over HTTPS as a browser's requests (HTML only, no rendering): each client
 * is a patient with a session (password, then the one-time code read from the development outbox),
 * showing the portal's Summary and Documents pages of a record holding {@code entries} documents;
 * and complete password logins of an agent whose password has the production iteration count
 * (PBKDF2, {@link PasswordHash#ROUNDS}: the realm's check is the cost of a login). Baseline in the
 * same run: the readiness check over the same HTTPS listener. Every answer is checked. Clients run
 * in the server's JVM, sharing its CPUs.
 *
 * <p>Settings: {@code dmp.bench.pages.clients} (1,8), {@code .views} (per level, 500), {@code
 * .logins} (per level, 40), {@code .entries} (20). Report: {@code tests/target/bench-pages.md}.
 */
@ExtendWith(ArquillianExtension.class)
class PagesBench {

  private static final int[] LEVELS =
      Arrays.stream(System.getProperty("dmp.bench.pages.clients", "1,8").split(","))
          .mapToInt(s -> Integer.parseInt(s.trim()))
          .toArray();
  private static final int VIEWS = Integer.getInteger("dmp.bench.pages.views", 500);
  private static final int LOGINS = Integer.getInteger("dmp.bench.pages.logins", 40);
  private static final int ENTRIES = Integer.getInteger("dmp.bench.pages.entries", 20);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PagesBench.class);
  }

  @EJB Records records;
  @EJB Consents consents;
  @EJB Documents documents;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void portalPagesAndLogins() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    int maxClients = Arrays.stream(LEVELS).max().orElseThrow();
    ExecutorService executor = Executors.newFixedThreadPool(maxClients);
    try {
      Ins ins = Fixtures.newIns();
      patientWithDocuments(ins);
      List<HttpClient> patients = new ArrayList<>();
      for (int c = 0; c < maxClients; c++) {
        patients.add(patientSession(ins, c));
      }
      String agent = agentWithProductionPassword();
      // warm-up, not measured
      Load.run(100, maxClients, executor, (c, i) -> page(patients.get(c), "synthese"));
      List<String> rows = new ArrayList<>();
      for (int clients : LEVELS) {
        rows.add(
            Load.run(VIEWS, clients, executor, (c, i) -> ready(patients.get(c)))
                .row("baseline: readiness check over HTTPS", clients, 0));
        rows.add(
            Load.run(VIEWS, clients, executor, (c, i) -> page(patients.get(c), "synthese"))
                .row("portal Summary page", clients, 0));
        rows.add(
            Load.run(VIEWS, clients, executor, (c, i) -> page(patients.get(c), "documents"))
                .row("portal Documents page (" + ENTRIES + " documents)", clients, 0));
        rows.add(
            Load.run(LOGINS, clients, executor, (c, i) -> logIn(newClient(), agent))
                .row("agent login (PBKDF2 " + PasswordHash.ROUNDS + " rounds)", clients, 0));
      }
      String report =
          String.join(
              "\n",
              "# Pages benchmark (HTTPS, HTML only)",
              "",
              VIEWS
                  + " page views and "
                  + LOGINS
                  + " logins per level; each client a patient's session on a record with "
                  + ENTRIES
                  + " documents. Clients run in the server's JVM. "
                  + ServerMemory.summary(),
              "",
              Timings.header(),
              String.join("\n", rows),
              "");
      Files.writeString(ServerMemory.report("bench-pages.md"), report);
      System.out.println(report);
    } finally {
      executor.shutdownNow();
    }
  }

  private void patientWithDocuments(Ins ins) {
    RecordId id = DoctorsRecords.open(records, consents, ins);
    byte[] pdf = Fixtures.contentWith("bench");
    for (int i = 0; i < ENTRIES; i++) {
      As.run(
          Fixtures.SOFTWARE,
          () -> documents.add(Fixtures.doctor(), id, Fixtures.report("Compte rendu"), pdf));
    }
  }

  /** A patient's session: password, then the code the outbox holds. */
  private HttpClient patientSession(Ins ins, int client) throws Exception {
    String login = "bench-patient-" + client + "-" + Math.abs(ins.value().hashCode());
    String email = login + "@exemple.fr";
    TestAccounts.ensure(dataSource, login, "PATIENT", ins.value(), "PATIENT");
    Sql.update(
        dataSource,
        "update account set email = ?, must_change_password = false where login = ?",
        email,
        login);
    HttpClient http = newClient();
    String next =
        post(
            http,
            "/dmp/connexion.xhtml",
            "login",
            Map.of(
                "login:login",
                login,
                "login:password",
                TestAccounts.PASSWORD,
                "login:submit",
                "x"));
    expect(next.endsWith("/dmp/compte/code.xhtml"), "code page after the password: " + next);
    String code = latestCode(email);
    next =
        post(
            http, "/dmp/compte/code.xhtml", "code", Map.of("code:value", code, "code:submit", "x"));
    expect(next.endsWith("/dmp/portail/synthese.xhtml"), "summary after the code: " + next);
    return http;
  }

  private String agentWithProductionPassword() {
    String login = "bench-agent-" + System.nanoTime();
    TestAccounts.ensure(dataSource, login, "COUNTER_AGENT", login, "COUNTER_AGENT");
    PasswordHash hash = PasswordHash.of(TestAccounts.PASSWORD);
    Sql.update(
        dataSource,
        "update account set password_hash = ?, password_salt = ?, password_rounds = ?"
            + " where login = ?",
        hash.hash(),
        hash.salt(),
        hash.rounds(),
        login);
    return login;
  }

  private static void logIn(HttpClient http, String agent) throws Exception {
    String next =
        post(
            http,
            "/dmp/connexion.xhtml",
            "login",
            Map.of(
                "login:login",
                agent,
                "login:password",
                TestAccounts.PASSWORD,
                "login:submit",
                "x"));
    expect(next.endsWith("/dmp/guichet/recherche.xhtml"), "counter after login: " + next);
  }

  private static void page(HttpClient http, String tab) throws Exception {
    HttpResponse<String> answer = get(http, "/dmp/portail/" + tab + ".xhtml");
    expect(
        answer.statusCode() == 200 && answer.body().contains("aria-current=\"page\""),
        tab + ": " + answer.statusCode());
  }

  private static void ready(HttpClient http) throws Exception {
    HttpResponse<String> answer = get(http, "/dmp/api/ready");
    expect(answer.statusCode() == 200, "ready: " + answer.statusCode());
  }

  /** Gets the form's page, posts the form with its view state; the redirect's target. */
  private static String post(HttpClient http, String path, String form, Map<String, String> fields)
      throws Exception {
    Matcher state = VIEW_STATE.matcher(get(http, path).body());
    expect(state.find(), "a view state on " + path);
    String body =
        fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
            + "&"
            + encode(form)
            + "="
            + encode(form)
            + "&jakarta.faces.ViewState="
            + encode(state.group(1));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(TestServer.HTTPS + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer
        .headers()
        .firstValue("Location")
        .orElse("(no redirect: " + answer.statusCode() + ")");
  }

  private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(TestServer.HTTPS + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String latestCode(String email) {
    String body =
        Sql.text(
            dataSource,
            "select body from dev_outbox where recipient = ? order by created_at desc limit 1",
            email);
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
    expect(m.find(), "a code for " + email);
    return m.group(1);
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .sslContext(TestPki.sslContextWithoutCertificate())
        .cookieHandler(new CookieManager())
        .build();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("unexpected: " + what);
    }
  }
}
