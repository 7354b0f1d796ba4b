package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search's query parameters, checked against those the resource supports: an unknown one is a 400
 * naming it rather than ignored (ignoring a filter would return more than the client asked for).
 * {@code _format}, {@code _count} and {@code _offset} are always allowed. A parameter's values:
 * repeated parameters and comma-separated values, FHIR's "or" within a parameter.
 */
final class SearchParameters {

  private static final Set<String> GENERAL = Set.of("_format", "_count", "_offset");

  /** Far beyond any record's documents; keeps offset + count an int. */
  static final int MAX_OFFSET = 100_000;

  private final MultivaluedMap<String, String> query;

  SearchParameters(UriInfo uri, Set<String> supported) {
    this.query = uri.getQueryParameters();
    for (String name : query.keySet()) {
      if (!supported.contains(name) && !GENERAL.contains(name)) {
        throw FhirInputException.invalid(
            name,
            "paramètre de recherche non pris en charge : "
                + name
                + " (pris en charge : "
                + String.join(", ", supported.stream().sorted().toList())
                + ")",
            "unsupported search parameter: "
                + name
                + " (supported: "
                + String.join(", ", supported.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** Every value given for {@code name}, comma-separated values split. */
  List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (String v : query.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }

  /** Each occurrence of {@code name} as given (dates: each one a bound, combined with "and"). */
  List<String> occurrences(String name) {
    return query.getOrDefault(name, List.of());
  }

  String required(String name) {
    List<String> values = values(name);
    if (values.size() != 1) {
      throw FhirInputException.invalid(
          name,
          "le paramètre " + name + " est obligatoire, une seule valeur",
          "the parameter " + name + " is required, with one value");
    }
    return values.get(0);
  }

  int count() {
    return integer("_count", 20, 1, 500);
  }

  int offset() {
    return integer("_offset", 0, 0, MAX_OFFSET);
  }

  private int integer(String name, int fallback, int min, int max) {
    String v = query.getFirst(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw FhirInputException.invalid(
        name,
        name + " : un entier de " + min + " à " + max + " est attendu, pas « " + v + " »",
        name + ": an integer from " + min + " to " + max + " is expected, not \"" + v + "\"");
  }
}
