package org.dmp.domain.policy;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.record.RecordStatus;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access policy against its decision table, {@code decisions.csv}, written from DESIGN.md's
 * access rules and the team's decisions, not from the code. Every meaningful combination of the
 * table's columns is a case; the first row of the table that matches it gives its expected decision
 * (allowed or denied, and the rule).
 */
class AccessPolicyMatrixTest {

  private static final List<String> COLUMNS =
      words("action actor relation mode setting document author state switch");
  private static final String PATIENT_NIR = "184127645108946";
  private static final String OTHER_PROFESSIONAL = Rpps.withCheckDigit("1000000009").value();
  private static final String OTHER_TREATING_PHYSICIAN = Rpps.withCheckDigit("1000000008").value();
  private static final List<String> PROFESSIONALS = words("DOCTOR NURSE OCCUPATIONAL");
  private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();
  private static final List<String> RELATIONS_OF_A_DOCTOR =
      words("TREATING_PHYSICIAN TREATING_RIGHTS AUTHORIZED EXPIRED NONE BLOCKED BLOCKED_TREATING");
  private static final List<String> RELATIONS_OF_A_NURSE = // never the declared treating physician
      words("TREATING_RIGHTS AUTHORIZED EXPIRED NONE BLOCKED");
  private static final Map<String, AuthorizationStatus> AUTHORIZATIONS =
      Map.of(
          "AUTHORIZED",
          AuthorizationStatus.VALID,
          "EXPIRED",
          AuthorizationStatus.EXPIRED,
          "BLOCKED",
          AuthorizationStatus.FORBIDDEN,
          "BLOCKED_TREATING",
          AuthorizationStatus.FORBIDDEN);
  private static final List<String> MODES =
      words("NORMAL BREAK_GLASS BREAK_GLASS_NO_REASON CENTRE_15 CENTRE_15_NO_REASON");
  private static final List<String> DOCUMENTS =
      words(
          "N MASQUE_PS INVISIBLE_PATIENT"
              + " INVISIBLE_REPRESENTANTS_LEGAUX INVISIBLE_PATIENT+INVISIBLE_REPRESENTANTS_LEGAUX"
              + " MASQUE_PS+INVISIBLE_REPRESENTANTS_LEGAUX");
  private static final Map<String, List<String>> AUTHORS =
      Map.of(
          "PROFESSIONAL", words("PROFESSIONAL_SELF PROFESSIONAL_OTHER PATIENT"),
          "FEED_SYSTEM", words("FEED_SYSTEM_SELF FEED_SYSTEM_OTHER PROFESSIONAL_OTHER PATIENT"),
          "OTHER", words("PATIENT REPRESENTATIVE PROFESSIONAL_OTHER FEED_SYSTEM_OTHER"));

  static {
    ACTORS.put("PATIENT", Actor.patient(ins(PATIENT_NIR), "Jeanne Martin"));
    ACTORS.put("PATIENT_OTHER", Actor.patient(ins("285057512345623"), "Paul Durand"));
    ACTORS.put("REPRESENTATIVE", new Actor(ActorKind.REPRESENTATIVE, "representant-1", "Mère"));
    ACTORS.put("REPRESENTATIVE_OTHER", new Actor(ActorKind.REPRESENTATIVE, "tiers-9", "Tiers"));
    ACTORS.put("DOCTOR", professional("1000000001", "Dr A", Profession.DOCTOR, "SM26"));
    ACTORS.put("NURSE", professional("1000000002", "Inf. B", Profession.NURSE, null));
    ACTORS.put("OCCUPATIONAL", professional("1000000003", "Dr C", Profession.DOCTOR, "SM25"));
    ACTORS.put("COUNTER_AGENT", new Actor(ActorKind.COUNTER_AGENT, "agent-cpam-75", "Agent"));
    ACTORS.put("PHARMACIST_AT_COUNTER", new Actor(ActorKind.PHARMACIST_AT_COUNTER, "off-12", "Ph"));
    ACTORS.put("FEED_SYSTEM", new Actor(ActorKind.FEED_SYSTEM, "flux-cnam", "Remboursements"));
    ACTORS.put("AUDITOR", new Actor(ActorKind.AUDITOR, "auditeur-1", "Auditeur"));
    ACTORS.put("SYSTEM", Actor.SYSTEM);
  }

  private static final List<Row> ROWS = readTable();
  private static final List<Case> CASES = generate();

  @TestFactory
  Stream<DynamicContainer> everyCombinationIsDecidedAsTheTableSays() {
    return CASES.stream()
        .collect(
            groupingBy(c -> c.get("actor") + " " + c.get("action"), LinkedHashMap::new, toList()))
        .entrySet()
        .stream()
        .map(
            group ->
                dynamicContainer(
                    group.getKey(),
                    group.getValue().stream().map(c -> dynamicTest(c.name(), c::check))));
  }

  @Test
  void everyCaseIsDecidedByARowOfTheTable() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(500);
    assertThat(CASES.stream().filter(c -> c.row == null).map(Case::name).limit(20)).isEmpty();
  }

  @Test
  void theCasesExpectEveryRuleAndEveryRowDecidesSomeCase() {
    List<Row> used = CASES.stream().map(Case::row).filter(Objects::nonNull).distinct().toList();
    assertThat(used.stream().map(Row::rule).collect(toSet())).containsOnly(Rule.values());
    assertThat(ROWS).as("rows deciding no case: shadowed").allMatch(used::contains);
    for (int at = 0; at < COLUMNS.size(); at++) { // every name the table uses is a generated value
      int column = at;
      Set<String> names =
          CASES.stream().flatMap(c -> words(c.values.get(column), "\\+").stream()).collect(toSet());
      for (Row row : ROWS) {
        words(row.cells.get(column).replaceFirst("^[!*]", ""), "[|+]").stream()
            .filter(name -> !name.isEmpty())
            .forEach(name -> assertThat(names).as("line %d: %s", row.line, name).contains(name));
      }
    }
  }

  /** One line of the table: conditions, then the expected decision. */
  record Row(int line, List<String> cells, boolean allowed, Rule rule) {

    boolean matches(List<String> values) {
      for (int i = 0; i < COLUMNS.size(); i++) {
        String cell = cells.get(i);
        String value = values.get(i);
        boolean document = COLUMNS.get(i).equals("document");
        boolean negated = cell.startsWith("!");
        boolean any =
            cell.equals("*")
                || words(cell.substring(negated ? 1 : 0), "\\|").stream()
                    .anyMatch(
                        alternative ->
                            document // the document carries at least these flags
                                ? words(value, "\\+").containsAll(words(alternative, "\\+"))
                                : alternative.equals(value));
        if (any == negated) {
          return false;
        }
      }
      return true;
    }
  }

  /** One combination, the row that decides it (null if none does) and how to ask the policy. */
  record Case(List<String> values, Row row) {

    String get(String column) {
      return values.get(COLUMNS.indexOf(column));
    }

    String name() {
      boolean professional = PROFESSIONALS.contains(get("actor"));
      return get("actor")
          + (professional ? " " + get("relation") + " " + get("mode") : "")
          + (professional && !get("setting").equals("-") ? " (setting " + get("setting") + ")" : "")
          + " "
          + get("action")
          + (get("document").equals("-") ? "" : " " + get("document") + " by " + get("author"))
          + (get("state").equals("-") ? " (no record yet)" : " on " + get("state"))
          + (get("actor").equals("OCCUPATIONAL") ? ", occupational switch " + get("switch") : "")
          + " → expected "
          + (row == null ? "a row of decisions.csv" : outcome(row.allowed, row.rule));
    }

    void check() {
      assertThat(row).as("no row of decisions.csv decides %s", name()).isNotNull();
      AccessDecision decision = decide();
      assertThat(outcome(decision.allowed(), decision.rule()))
          .as(name())
          .isEqualTo(outcome(row.allowed, row.rule));
      assertThat(decision.french()).as("french reason, " + name()).isNotBlank();
      assertThat(decision.english()).as("english reason, " + name()).isNotBlank();
    }

    AccessDecision decide() {
      Actor actor = ACTORS.get(get("actor"));
      String mode = get("mode");
      Channel channel =
          switch (actor.kind()) {
            case PROFESSIONAL -> Channel.SOAP;
            case FEED_SYSTEM -> Channel.REST;
            case SYSTEM -> Channel.INTERNAL;
            default -> Channel.WEB;
          };
      Caller caller =
          new Caller(
              actor,
              channel,
              AccessMode.valueOf(mode.replace("_NO_REASON", "")),
              mode.equals("NORMAL") || mode.endsWith("_NO_REASON")
                  ? null
                  : "Inconscient aux urgences");
      AccessPolicy policy =
          new AccessPolicy(
              new PolicySettings(get("switch").equals("ON"), PolicySettings.OCCUPATIONAL_MEDICINE));
      Action action = Action.valueOf(get("action"));
      if (action == Action.OPEN_RECORD) {
        return policy.decideOpening(caller, PATIENT_NIR);
      }
      String relation = get("relation");
      boolean on = get("setting").equals("ON"); // the other emergency setting is the opposite
      RecordFacts record =
          new RecordFacts(
              RecordStatus.valueOf(get("state")),
              mode.startsWith("CENTRE_15") != on,
              mode.startsWith("BREAK_GLASS") != on,
              PATIENT_NIR,
              words("TREATING_PHYSICIAN BLOCKED_TREATING").contains(relation)
                  ? actor.id()
                  : OTHER_TREATING_PHYSICIAN,
              AUTHORIZATIONS.getOrDefault(relation, AuthorizationStatus.NONE),
              words("TREATING_RIGHTS BLOCKED_TREATING").contains(relation),
              get("actor").equals("REPRESENTATIVE"));
      if (!action.onDocument()) {
        return policy.decide(caller, action, record);
      }
      Set<ConfidentialityCode> flags =
          words(get("document"), "\\+").stream().map(ConfidentialityCode::valueOf).collect(toSet());
      DocumentFacts document =
          switch (get("author")) {
            case "PROFESSIONAL_SELF", "FEED_SYSTEM_SELF" ->
                new DocumentFacts(flags, actor.kind(), actor.id());
            case "PROFESSIONAL_OTHER" ->
                new DocumentFacts(flags, ActorKind.PROFESSIONAL, OTHER_PROFESSIONAL);
            case "PATIENT" -> new DocumentFacts(flags, ActorKind.PATIENT, PATIENT_NIR);
            case "REPRESENTATIVE" -> new DocumentFacts(flags, ActorKind.REPRESENTATIVE, "rep-2");
            default -> new DocumentFacts(flags, ActorKind.FEED_SYSTEM, "flux-laboratoire");
          };
      return policy.decide(caller, action, record, document);
    }
  }

  /**
   * Every action for every actor, crossed with every value of the other columns that means
   * something for them. Not generated: relations, emergency modes and settings for actors other
   * than professionals; relation and settings without a record (OPEN_RECORD); documents and authors
   * for record actions; "self" authors of another kind than the caller; a nurse as declared
   * treating physician; the occupational switch for other actors than OCCUPATIONAL.
   */
  private static List<Case> generate() {
    List<Case> cases = new ArrayList<>();
    for (Action action : Action.values()) {
      boolean opening = action == Action.OPEN_RECORD;
      boolean doc = action.onDocument();
      for (String actor : ACTORS.keySet()) {
        boolean pro = PROFESSIONALS.contains(actor);
        List<List<String>> combinations = List.of(List.of(action.name(), actor));
        for (List<String> column :
            List.of(
                !pro || opening
                    ? words("NONE")
                    : actor.equals("NURSE") ? RELATIONS_OF_A_NURSE : RELATIONS_OF_A_DOCTOR,
                pro ? MODES : words("NORMAL"),
                opening ? words("-") : pro ? words("ON OFF") : words("ON"),
                doc ? DOCUMENTS : words("-"),
                doc
                    ? AUTHORS.getOrDefault(pro ? "PROFESSIONAL" : actor, AUTHORS.get("OTHER"))
                    : words("-"),
                opening ? words("-") : words("OPEN REOPENED CLOSED"),
                actor.equals("OCCUPATIONAL") ? words("OFF ON") : words("OFF"))) {
          List<List<String>> longer = new ArrayList<>();
          combinations.forEach(
              prefix ->
                  column.forEach(
                      value ->
                          longer.add(Stream.concat(prefix.stream(), Stream.of(value)).toList())));
          combinations = longer;
        }
        for (List<String> values : combinations) {
          cases.add(
              new Case(
                  values,
                  ROWS.stream().filter(row -> row.matches(values)).findFirst().orElse(null)));
        }
      }
    }
    return cases;
  }

  private static List<Row> readTable() {
    try (InputStream in = AccessPolicyMatrixTest.class.getResourceAsStream("decisions.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<Row> rows = new ArrayList<>();
      for (int number = 1; number <= lines.size(); number++) {
        List<String> cells = words(lines.get(number - 1).strip(), ",");
        if (cells.get(0).isEmpty()
            || cells.get(0).startsWith("#")
            || cells.get(0).equals("action")) {
          continue; // blank, comment, header
        }
        assertThat(cells).as("line %d of decisions.csv", number).hasSize(COLUMNS.size() + 2);
        assertThat(cells.get(COLUMNS.size())).as("line %d", number).isIn("ALLOWED", "DENIED");
        rows.add(
            new Row(
                number,
                cells.subList(0, COLUMNS.size()),
                cells.get(COLUMNS.size()).equals("ALLOWED"),
                Rule.valueOf(cells.get(COLUMNS.size() + 1))));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String outcome(boolean allowed, Rule rule) {
    return (allowed ? "ALLOWED " : "DENIED ") + rule;
  }

  private static List<String> words(String spaced) {
    return words(spaced, " ");
  }

  private static List<String> words(String text, String separator) {
    return Arrays.asList(text.split(separator, -1));
  }

  private static Ins ins(String nir) {
    return new Ins(Nir.parse(nir), InsAuthority.TEST_NIR);
  }

  private static Actor professional(String digits, String name, Profession job, String specialty) {
    return Actor.professional(
        Rpps.withCheckDigit(digits),
        name,
        new ProfessionalRole(job, specialty == null ? null : new Specialty(specialty), null));
  }
}
