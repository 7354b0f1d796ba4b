package org.dmp.domain.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a search for documents asks, as XDS FindDocuments expresses it: each criterion empty means
 * "any"; within a criterion any value matches (OR); criteria combine (AND).
 *
 * @param authorPersons patterns with XDS/SQL wildcards ({@code %} any run, {@code _} one
 *     character), matched against the author's id and name
 */
public record DocumentQuery(
    Set<AvailabilityStatus> statuses,
    Set<Code> classCodes,
    Set<Code> typeCodes,
    Set<Code> formatCodes,
    Set<Code> practiceSettings,
    Set<Code> facilityTypes,
    Set<ConfidentialityCode> confidentiality,
    TimeRange creationTime,
    TimeRange serviceStartTime,
    TimeRange serviceStopTime,
    List<String> authorPersons) {

  public DocumentQuery {
    statuses = Set.copyOf(statuses);
    classCodes = Set.copyOf(classCodes);
    typeCodes = Set.copyOf(typeCodes);
    formatCodes = Set.copyOf(formatCodes);
    practiceSettings = Set.copyOf(practiceSettings);
    facilityTypes = Set.copyOf(facilityTypes);
    confidentiality = Set.copyOf(confidentiality);
    creationTime = creationTime == null ? TimeRange.ANY : creationTime;
    serviceStartTime = serviceStartTime == null ? TimeRange.ANY : serviceStartTime;
    serviceStopTime = serviceStopTime == null ? TimeRange.ANY : serviceStopTime;
    authorPersons = List.copyOf(authorPersons);
  }

  /** Current documents of any kind: what a patient's folder shows. */
  public static DocumentQuery approved() {
    return new DocumentQuery(
        Set.of(AvailabilityStatus.APPROVED),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        TimeRange.ANY,
        TimeRange.ANY,
        TimeRange.ANY,
        List.of());
  }

  public boolean matches(DocumentEntry e) {
    return (statuses.isEmpty() || statuses.contains(e.status()))
        && anyOf(classCodes, new Code(e.classCode().code(), ClassCode.CODE_SYSTEM, null))
        && anyOf(typeCodes, e.typeCode())
        && anyOf(formatCodes, e.formatCode())
        && anyOf(practiceSettings, e.practiceSetting())
        && anyOf(facilityTypes, e.healthcareFacilityType())
        && (confidentiality.isEmpty()
            || e.confidentiality().stream().anyMatch(confidentiality::contains))
        && creationTime.contains(e.creationTime())
        && serviceStartTime.contains(e.serviceStartTime())
        && serviceStopTime.contains(e.serviceStopTime())
        && (authorPersons.isEmpty()
            || authorPersons.stream()
                .anyMatch(p -> like(p, e.author().id()) || like(p, e.author().name())));
  }

  private static boolean anyOf(Set<Code> wanted, Code actual) {
    return wanted.isEmpty() || (actual != null && wanted.contains(actual));
  }

  /** SQL LIKE, case-insensitive: {@code %} any run of characters, {@code _} exactly one. */
  static boolean like(String pattern, String value) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(value.toLowerCase(Locale.ROOT))
        .matches();
  }
}
