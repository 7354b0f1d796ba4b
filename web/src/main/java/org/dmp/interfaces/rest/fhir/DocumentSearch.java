package org.dmp.interfaces.rest.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentQuery;
import org.dmp.domain.document.TimeRange;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * ITI-67's search parameters as the registry's {@link DocumentQuery} (the same one ITI-18 uses):
 * {@code patient.identifier} (required), {@code status}, {@code category}, {@code type}, {@code
 * format}, {@code security-label} (tokens, {@code system|code} or {@code code}), {@code creation}
 * (the document's creation time), {@code period} (its service period), {@code author.given} and
 * {@code author.family} (in the author's name). {@code date} (DocumentReference.date, when the
 * registry took the entry) is {@link #submitted}.
 */
final class DocumentSearch {

  static final Set<String> SUPPORTED =
      Set.of(
          "patient.identifier",
          "patient",
          "status",
          "category",
          "type",
          "format",
          "security-label",
          "date",
          "creation",
          "period",
          "author.given",
          "author.family");

  private DocumentSearch() {}

  /**
   * The patient: {@code patient.identifier} (the INS) or {@code patient} ({@code Patient/{id}} or
   * the id, as this server's Patient resources and DocumentReference.subject give it), exactly one.
   */
  static Object patient(SearchParameters p) {
    boolean byIns = !p.values("patient.identifier").isEmpty();
    boolean byId = !p.values("patient").isEmpty();
    if (byIns == byId) {
      throw FhirInputException.invalid(
          "patient.identifier",
          "le patient est obligatoire : patient.identifier (INS) ou patient (Patient/id), un seul",
          "the patient is required: patient.identifier (INS) or patient (Patient/id), one of them");
    }
    if (byIns) {
      return Patients.insOf(p.required("patient.identifier"), "patient.identifier");
    }
    String reference = p.required("patient");
    return FhirIds.record(
        reference.startsWith("Patient/") ? reference.substring("Patient/".length()) : reference);
  }

  static DocumentQuery query(SearchParameters p) {
    List<String> authors = authors(p.values("author.given"), p.values("author.family"));
    TimeRange[] period = period(p.occurrences("period"));
    return new DocumentQuery(
        statuses(p.values("status")),
        classCodes(p.values("category")),
        codes(p.values("type"), "type"),
        codes(p.values("format"), "format"),
        Set.of(),
        Set.of(),
        confidentiality(p.values("security-label")),
        range(p.occurrences("creation"), "creation"),
        period[0],
        period[1],
        authors);
  }

  /**
   * {@code author.given} and {@code author.family} together (FHIR: "and" between parameters, "or"
   * within one): the author's name "given … family" contains both, in that order, ignoring case;
   * {@code %} and {@code _}, the registry's wildcards, are dropped from the values.
   */
  private static List<String> authors(List<String> given, List<String> family) {
    List<String> patterns = new ArrayList<>();
    for (String g : given.isEmpty() ? List.of("") : given) {
      for (String f : family.isEmpty() ? List.of("") : family) {
        if (!g.isEmpty() || !f.isEmpty()) {
          patterns.add("%" + literal(g) + "%" + literal(f) + "%");
        }
      }
    }
    return patterns;
  }

  private static String literal(String value) {
    // DocumentQuery's wildcards are XDS's % and _: a FHIR string search has none
    return value.replace("%", "").replace("_", "");
  }

  private static Set<AvailabilityStatus> statuses(List<String> values) {
    Set<AvailabilityStatus> statuses = new HashSet<>();
    for (String v : values) {
      switch (v) {
        // as ITI-18's Approved: archived documents are current for FHIR (no status of their own)
        // but out of the default lists, as on every channel
        case "current" -> statuses.add(AvailabilityStatus.APPROVED);
        case "superseded" -> statuses.add(AvailabilityStatus.DEPRECATED);
        case "entered-in-error" -> statuses.add(AvailabilityStatus.DELETED);
        default ->
            throw FhirInputException.invalid(
                "status",
                "status inconnu : " + v + " (current, superseded, entered-in-error)",
                "unknown status: " + v + " (current, superseded, entered-in-error)");
      }
    }
    // without a status, what a professional expects: the current documents
    return statuses.isEmpty()
        ? Set.of(AvailabilityStatus.APPROVED, AvailabilityStatus.ARCHIVED)
        : statuses;
  }

  private static Set<Code> classCodes(List<String> values) {
    Set<Code> codes = new HashSet<>();
    for (String v : values) {
      String code = v.contains("|") ? v.substring(v.indexOf('|') + 1) : v;
      codes.add(new Code(ClassCode.ofCode(code).code(), ClassCode.CODE_SYSTEM, null));
    }
    return codes;
  }

  private static Set<Code> codes(List<String> values, String parameter) {
    Set<Code> codes = new HashSet<>();
    for (String v : values) {
      int bar = v.indexOf('|');
      if (bar <= 0 || bar == v.length() - 1) {
        throw FhirInputException.invalid(
            parameter,
            parameter + " : system|code attendu, pas « " + v + " »",
            parameter + ": system|code expected, not \"" + v + "\"");
      }
      codes.add(new Code(v.substring(bar + 1), Codes.codeSystem(v.substring(0, bar)), null));
    }
    return codes;
  }

  private static Set<ConfidentialityCode> confidentiality(List<String> values) {
    Set<ConfidentialityCode> codes = new HashSet<>();
    for (String v : values) {
      codes.add(ConfidentialityCode.ofCode(v.contains("|") ? v.substring(v.indexOf('|') + 1) : v));
    }
    return codes;
  }

  /** {@code date}: when the registry took the entry (DocumentReference.date). */
  static TimeRange submitted(SearchParameters p) {
    return range(p.occurrences("date"), "date");
  }

  /** {@code date=ge2024-01-01&date=lt2025} as [from, to). */
  static TimeRange range(List<String> occurrences, String parameter) {
    Instant from = null;
    Instant to = null;
    for (String o : occurrences) {
      Bound b = Bound.parse(o, parameter);
      switch (b.prefix) {
        case "ge" -> from = b.start;
        case "gt" -> from = b.end;
        case "le" -> to = b.end;
        case "lt" -> to = b.start;
        default -> {
          from = b.start;
          to = b.end;
        }
      }
    }
    return new TimeRange(from, to);
  }

  /**
   * {@code period}: a service period that reaches {@code ge} (its end on or after) and starts by
   * {@code le} (its start before the bound's end): [service start range, service stop range].
   */
  private static TimeRange[] period(List<String> occurrences) {
    Instant startBefore = null;
    Instant stopFrom = null;
    for (String o : occurrences) {
      Bound b = Bound.parse(o, "period");
      switch (b.prefix) {
        case "ge", "gt" -> stopFrom = b.prefix.equals("ge") ? b.start : b.end;
        case "le", "lt" -> startBefore = b.prefix.equals("le") ? b.end : b.start;
        default -> {
          stopFrom = b.start;
          startBefore = b.end;
        }
      }
    }
    return new TimeRange[] {new TimeRange(null, startBefore), new TimeRange(stopFrom, null)};
  }

  /** One date parameter: its prefix and the instants its precision covers, [start, end). */
  private record Bound(String prefix, Instant start, Instant end) {

    static Bound parse(String value, String parameter) {
      String prefix = "eq";
      String date = value.strip();
      if (date.length() > 2 && Character.isLetter(date.charAt(0))) {
        prefix = date.substring(0, 2);
        date = date.substring(2);
      }
      if (!Set.of("eq", "ge", "gt", "le", "lt").contains(prefix)) {
        throw bad(value, parameter);
      }
      try {
        DateTimeType t = new DateTimeType(date);
        Instant start = t.getValue().toInstant();
        DateTimeType next = t.copy();
        next.add(t.getPrecision().getCalendarConstant(), 1);
        return new Bound(prefix, start, next.getValue().toInstant());
      } catch (RuntimeException e) {
        throw bad(value, parameter);
      }
    }

    private static FhirInputException bad(String value, String parameter) {
      return FhirInputException.invalid(
          parameter,
          parameter
              + " : date FHIR attendue, préfixée de eq, ge, gt, le ou lt, pas « "
              + value
              + " »",
          parameter
              + ": a FHIR date expected, prefixed by eq, ge, gt, le or lt, not \""
              + value
              + "\"");
    }
  }
}
