package org.dmp.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.web.WebIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisors' dashboard. Its activity is written straight into the test database on two days
 * long past on which nothing else happened, so that the numbers shown are exactly the test's:
 * records opened at a counter, at a pharmacy (a FINESS of its own), online; documents fed and read
 * by two professionals (audit events chained as the server chains them).
 */
class DashboardIT extends WebIT {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PHARMACY_NAME = "Pharmacie du Cours; « Mirabeau »";

  /** What {@link #activity()} wrote. */
  private record Activity(LocalDate day, Finess pharmacy, Rpps feeder, Rpps reader) {
    LocalDate next() {
      return day.plusDays(1);
    }
  }

  @Test
  void aSupervisorSeesThePeriodsActivityInChartsAndTables() {
    Activity a = activity();
    logIn(supervisor(), TestAccounts.PASSWORD);
    assertThat(browser.path()).isEqualTo("/dmp/supervision/tableau-de-bord.xhtml");
    LocalDate today = LocalDate.now(FRANCE);
    assertThat(browser.element("period:from").getAttribute("value"))
        .isEqualTo(today.minusDays(29).toString());
    assertThat(browser.element("period:to").getAttribute("value")).isEqualTo(today.toString());
    browser.screenshot("tableau-de-bord-30-jours");

    choosePeriod(a.day(), a.next());

    assertThat(browser.path()).isEqualTo("/dmp/supervision/tableau-de-bord.xhtml");
    // (1) records opened per day by channel: ONLINE, COUNTER, PHARMACY, PROFESSIONAL, INSTITUTION
    assertThat(cells("channels-" + a.day())).containsExactly("0", "2", "1", "0", "0", "3");
    assertThat(cells("channels-" + a.next())).containsExactly("1", "0", "1", "0", "0", "2");
    assertThat(cells("channels-totals")).containsExactly("1", "2", "2", "0", "0", "5");
    WebElement chart = browser.element("channels-chart");
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    assertThat(chart.getAttribute("aria-label"))
        .isEqualTo(
            "Dossiers ouverts par jour et par canal, du "
                + a.day()
                + " au "
                + a.next()
                + " : 5 (En ligne (patient) 1, Guichet de l'Assurance Maladie 2, Pharmacie 2)");
    List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar-part"));
    assertThat(bars)
        .extracting(b -> b.getAttribute("data-value"))
        .containsExactly("2", "1", "1", "1");
    // (2) by department of birth, the most first
    assertThat(cells("department-2A")).containsExactly("3", "");
    assertThat(rowIds("departments"))
        .containsExactly("department-2A", "department-2B", "department-99");
    assertThat(browser.text("department-99")).startsWith("Né(e) à l'étranger (99) 1");
    assertThat(
            browser.element("department-2A").findElement(By.className("bar")).getAttribute("style"))
        .contains("width: 100%");
    assertThat(
            browser.element("department-2B").findElement(By.className("bar")).getAttribute("style"))
        .contains("width: 33%");
    // (3) the pharmacies' statement
    assertThat(cells("pharmacy-" + a.pharmacy().value()))
        .containsExactly(a.pharmacy().value(), PHARMACY_NAME, "2", "2,00 €");
    assertThat(cells("pharmacies-total")).containsExactly("2", "2,00 €");
    assertThat(browser.text("download")).isEqualTo("Télécharger le relevé (CSV)");
    // (4) the professionals, the most active first, with their rates over the two days
    assertThat(cells("professional-" + a.feeder().value()))
        .containsExactly(a.feeder().value(), "Dr Paul FEEDER", "3", "1,5", "3", "1,5");
    assertThat(cells("professional-" + a.reader().value()))
        .containsExactly(a.reader().value(), "Dr Anne READER", "0", "0,0", "1", "0,5");
    assertThat(rowIds("professionals"))
        .containsExactly(
            "professional-" + a.feeder().value(), "professional-" + a.reader().value());
    // (5) documents fed per day by class: 10 (report), 11 (synthesis)
    assertThat(cells("classes-" + a.day())).containsExactly("2", "0", "2");
    assertThat(cells("classes-" + a.next())).containsExactly("0", "1", "1");
    assertThat(browser.element("classes-chart").getAttribute("aria-label"))
        .endsWith(": 3 (Compte rendu (10) 2, Synthèse (11) 1)");
    browser.screenshot("tableau-de-bord");
    scrollTo("channels-title");
    browser.screenshot("tableau-de-bord-canaux");
    scrollTo("departments-title");
    browser.screenshot("tableau-de-bord-departements");
    scrollTo("pharmacies-title");
    browser.screenshot("tableau-de-bord-pharmacies");
    browser
        .driver()
        .executeScript("document.getElementById('professionals-title').scrollIntoView()");
    browser.screenshot("tableau-de-bord-professionnels");

    // the same in English, for the same period
    browser.click("language:switch");
    assertThat(cells("pharmacies-total")).containsExactly("2", "€2.00");
    assertThat(browser.element("channels-chart").getAttribute("aria-label"))
        .startsWith("Records opened per day and channel, from " + a.day() + " to " + a.next());
    browser.screenshot("dashboard-english");
  }

  @Test
  void theStatementDownloadsAsACsvThatAFrenchSpreadsheetOpens() {
    Activity a = activity();
    logIn(supervisor(), TestAccounts.PASSWORD);
    browser.open("/supervision/tableau-de-bord.xhtml?du=" + a.day() + "&au=" + a.next());

    Map<String, Object> download = fetch(browser.element("download").getAttribute("href"));

    assertThat(download.get("status")).isEqualTo(200L);
    assertThat((String) download.get("type")).startsWith("text/csv");
    assertThat((String) download.get("disposition"))
        .isEqualTo(
            "attachment; filename=\"pharmacies-ouvertures-" + a.day() + "-" + a.next() + ".csv\"");
    byte[] bytes = Base64.getDecoder().decode((String) download.get("body"));
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "FINESS;Pharmacie;Dossiers ouverts;Montant dû (€)",
            a.pharmacy().value() + ";\"Pharmacie du Cours; « Mirabeau »\";2;2,00",
            "Total;;2;2,00");
  }

  @Test
  void aPeriodTheServiceRefusesShowsItsMessageAndChangesNothing() {
    logIn(supervisor(), TestAccounts.PASSWORD);
    DatabaseState before = DatabaseState.of(db);

    choosePeriod(LocalDate.of(2020, 3, 10), LocalDate.of(2020, 3, 9));
    assertThat(browser.text("messages"))
        .isEqualTo("La fin de la période (2020-03-09) précède son début (2020-03-10)");
    assertThat(browser.has("channels")).isFalse();
    assertThat(browser.element("period:from").getAttribute("value")).isEqualTo("2020-03-10");
    browser.screenshot("periode-a-l-envers");

    choosePeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 9));
    assertThat(browser.text("messages")).isEqualTo("Période trop longue : 366 jours au plus");

    browser.open("/supervision/tableau-de-bord.xhtml?du=&au=2020-03-09");
    assertThat(browser.text("messages")).isEqualTo("La période (from, to) est obligatoire");

    browser.open("/supervision/tableau-de-bord.xhtml?du=demain&au=2020-03-09");
    assertThat(browser.text("messages"))
        .isEqualTo(
            "« demain » n'est pas une date : choisissez le jour dans le calendrier (AAAA-MM-JJ).");

    // the CSV for a refused period: back to the dashboard, which says why
    browser.open("/supervision/releve-pharmacies.csv?du=2020-03-10&au=2020-03-09");
    assertThat(browser.path()).isEqualTo("/dmp/supervision/tableau-de-bord.xhtml");
    assertThat(browser.text("messages")).startsWith("La fin de la période (2020-03-09)");

    assertThat(DatabaseState.of(db)).isEqualTo(before);
  }

  @Test
  void aCounterAgentReachesNeitherTheDashboardNorTheStatement() {
    logIn(agent("Sophie MOREAU", "CPAM des Bouches-du-Rhône"), TestAccounts.PASSWORD);

    browser.open("/supervision/tableau-de-bord.xhtml");
    assertThat(browser.text("error-text"))
        .isEqualTo("Cette page n'est pas accessible avec votre compte.");
    assertThat(browser.has("channels")).isFalse();
    browser.screenshot("guichetier-refuse");

    Map<String, Object> download =
        fetch(browser.url().replaceFirst("/dmp/.*$", "/dmp/supervision/releve-pharmacies.csv"));
    assertThat(download.get("status")).isEqualTo(403L);
    assertThat(
            new String(
                Base64.getDecoder().decode((String) download.get("body")), StandardCharsets.UTF_8))
        .doesNotContain("FINESS;");
  }

  // --- the browser

  /** Chooses the days as the calendar would (date fields take no typed ISO text) and submits. */
  private void choosePeriod(LocalDate from, LocalDate to) {
    browser
        .driver()
        .executeScript(
            "document.getElementById('period:from').value = arguments[0];"
                + "document.getElementById('period:to').value = arguments[1];",
            from.toString(),
            to.toString());
    browser.click("period:submit");
  }

  private void scrollTo(String id) {
    browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  /** A row's data cells ({@code td}), their text with no-break spaces as spaces. */
  private List<String> cells(String rowId) {
    return browser.element(rowId).findElements(By.tagName("td")).stream()
        .map(td -> td.getText().replace('\u00a0', ' ').replace('\u202f', ' ').strip())
        .toList();
  }

  private List<String> rowIds(String tableId) {
    return browser.element(tableId).findElements(By.cssSelector("tbody tr[id]")).stream()
        .map(tr -> tr.getAttribute("id"))
        .filter(id -> !id.endsWith("-total"))
        .toList();
  }

  /** Downloads as the page's link does (same session), keeping the bytes and the headers. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fetch(String url) {
    return (Map<String, Object>)
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual'}).then(r => r.arrayBuffer().then(b => {"
                    + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + "  done({status: r.status, type: r.headers.get('Content-Type'),"
                    + "        disposition: r.headers.get('Content-Disposition'), body: btoa(s)});"
                    + "})).catch(e => done({status: -1, body: btoa(String(e))}));",
                url);
  }

  // --- the data

  private String supervisor() {
    String login = uniqueLogin("superviseur");
    TestAccounts.ensure(db, login, "COUNTER_AGENT", login, "COUNTER_SUPERVISOR");
    Sql.update(
        db,
        "update account set display_name = ?, organisation = ? where login = ?",
        "Hélène ROUX",
        "CPAM des Bouches-du-Rhône — supervision",
        login);
    return login;
  }

  /**
   * On two days of the past with no record opened and no audit event: day 1, two records at a
   * counter and one at the pharmacy (born in Corse-du-Sud, 2A), two reports fed; day 2, one at the
   * pharmacy (born in Haute-Corse, 2B) and one online (born abroad), a synthesis fed, four
   * readings.
   */
  private Activity activity() {
    LocalDate day = emptyDays();
    Finess pharmacy = new Finess("99" + String.format("%07d", RANDOM.nextInt(10_000_000)));
    Rpps feeder = Rpps.withCheckDigit("19" + String.format("%08d", RANDOM.nextInt(100_000_000)));
    Rpps reader = Rpps.withCheckDigit("18" + String.format("%08d", RANDOM.nextInt(100_000_000)));
    UUID first = record(day, "COUNTER", "2A004", null);
    record(day, "COUNTER", "2A247", null);
    record(day, "PHARMACY", "2A004", pharmacy);
    record(day.plusDays(1), "PHARMACY", "2B033", pharmacy);
    record(day.plusDays(1), "ONLINE", "99100", null);

    Caller feeding = professional(feeder, "Dr Paul FEEDER");
    Caller reading = professional(reader, "Dr Anne READER");
    UUID report1 = document(first, "10", day);
    UUID report2 = document(first, "10", day);
    UUID synthesis = document(first, "11", day.plusDays(1));
    Chain chain = new Chain(first);
    chain.append(feeding, AuditAction.FEED, report1, at(day, 9));
    chain.append(feeding, AuditAction.FEED, report2, at(day, 10));
    chain.append(feeding, AuditAction.FEED, synthesis, at(day.plusDays(1), 9));
    chain.append(feeding, AuditAction.READ_DOCUMENT, report1, at(day.plusDays(1), 10));
    chain.append(feeding, AuditAction.READ_DOCUMENT, report2, at(day.plusDays(1), 11));
    chain.append(feeding, AuditAction.READ_DOCUMENT, synthesis, at(day.plusDays(1), 12));
    chain.append(reading, AuditAction.READ_DOCUMENT, synthesis, at(day.plusDays(1), 13));
    chain.close();
    return new Activity(day, pharmacy, feeder, reader);
  }

  /** Two consecutive days between 2001 and 2020 on which nothing was opened nor audited. */
  private LocalDate emptyDays() {
    while (true) {
      LocalDate day = LocalDate.of(2001, 1, 1).plusDays(RANDOM.nextInt(7000));
      Timestamp from = at(day, 0);
      Timestamp to = at(day.plusDays(2), 0);
      if (Sql.count(
                  db,
                  "select count(*) from record where opened_at >= ? and opened_at < ?",
                  from,
                  to)
              + Sql.count(
                  db,
                  "select count(*) from audit_event where occurred_at >= ? and occurred_at < ?",
                  from,
                  to)
          == 0) {
        return day;
      }
    }
  }

  private UUID record(LocalDate day, String channel, String birthPlace, Finess pharmacy) {
    UUID id = UUID.randomUUID();
    Sql.update(
        db,
        "insert into record (id, ins_nir, ins_oid, birth_name, first_names, sex, birth_date,"
            + " birth_place_code, status, opening_channel, opened_by, opened_at, opened_by_finess,"
            + " opened_by_organisation) values (?, ?, ?, 'ESSAI', 'Tableau', 'F', ?, ?, 'OPEN', ?, ?,"
            + " ?, ?, ?)",
        id,
        Fixtures.newIns().value(),
        Fixtures.newIns().oid(),
        LocalDate.of(1950, 5, 17),
        birthPlace,
        channel,
        pharmacy == null ? "COUNTER_AGENT:agent-42" : "PROFESSIONAL:10003333334",
        at(day, 8 + RANDOM.nextInt(10)),
        pharmacy == null ? null : pharmacy.value(),
        pharmacy == null ? null : PHARMACY_NAME);
    return id;
  }

  private UUID document(UUID record, String classCode, LocalDate day) {
    UUID id = UUID.randomUUID();
    Sql.update(
        db,
        "insert into document_entry (id, record_id, unique_id, logical_id, metadata_version,"
            + " class_code, type_code, type_code_system, type_display, format_code,"
            + " format_code_system, format_display, mime_type, title, author_kind, author_id,"
            + " author_name, creation_time, language_code, size_bytes, sha1, sha256, status,"
            + " content_id, submitted_at) values (?, ?, ?, ?, 1, ?, '11490-0', '2.16.840.1.113883.6.1',"
            + " 'Compte rendu', 'urn:ihe:iti:xds-sd:pdf:2008', '1.3.6.1.4.1.19376.1.2.3', 'PDF',"
            + " 'application/pdf', 'Essai du tableau de bord', 'PROFESSIONAL', '10003333334',"
            + " 'Dr Paul FEEDER', ?, 'fr-FR', 100, ?, ?, 'APPROVED', ?, ?)",
        id,
        record,
        "2.25." + new java.math.BigInteger(1, uuidBytes(id)),
        UUID.randomUUID(),
        classCode,
        at(day, 8),
        "0".repeat(40),
        "0".repeat(64),
        UUID.randomUUID(),
        at(day, 8));
    return id;
  }

  private static byte[] uuidBytes(UUID id) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  private static Caller professional(Rpps rpps, String name) {
    return Caller.of(
        Actor.professional(
            rpps,
            name,
            new ProfessionalRole(
                Profession.DOCTOR, null, new Finess("990000001"), "Cabinet d'essai")),
        Channel.SOAP);
  }

  private static Timestamp at(LocalDate day, int hour) {
    return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(FRANCE).toInstant());
  }

  /** A record's audit chain, hashed as the server hashes it, so that it verifies. */
  private final class Chain {
    private final UUID record;
    private long seq;
    private String hash = AuditEvent.GENESIS;

    Chain(UUID record) {
      this.record = record;
    }

    void append(Caller caller, AuditAction action, UUID document, Timestamp when) {
      Instant at = when.toInstant();
      AuditEvent e =
          AuditEvent.chained(
              AuditEvent.chainOf(record),
              seq,
              hash,
              AuditEntry.allowed(caller, action, record, document, "TEST_DASHBOARD"),
              at);
      Sql.update(
          db,
          "insert into audit_event (id, chain_id, seq, occurred_at, actor_kind, actor_id,"
              + " actor_name, channel, access_mode, action, record_id, document_id, decision, rule,"
              + " detail, prev_hash, hash, actor_profession, actor_organisation)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          e.id(),
          e.chainId(),
          e.seq(),
          Timestamp.from(e.occurredAt()),
          e.actorKind().name(),
          e.actorId(),
          e.actorName(),
          e.channel().name(),
          e.accessMode().name(),
          e.action().name(),
          e.recordId(),
          e.documentId(),
          e.decision().name(),
          e.rule(),
          e.detail(),
          e.prevHash(),
          e.hash(),
          // hashed when present: without them the event would not verify
          e.actorProfession(),
          e.actorOrganisation());
      seq = e.seq();
      hash = e.hash();
    }

    void close() {
      Sql.update(
          db,
          "insert into audit_chain_head (chain_id, seq, hash) values (?, ?, ?)",
          AuditEvent.chainOf(record),
          seq,
          hash);
    }
  }
}
