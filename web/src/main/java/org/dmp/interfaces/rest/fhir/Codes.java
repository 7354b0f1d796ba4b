package org.dmp.interfaces.rest.fhir;

import java.util.Map;
import org.dmp.domain.document.Code;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Codes between XDS and FHIR: the DMP keeps code systems as the CI-SIS names them (OIDs); FHIR
 * names the well-known ones by URL and the others {@code urn:oid:…}.
 */
final class Codes {

  private static final Map<String, String> URLS =
      Map.of(
          "2.16.840.1.113883.6.1", "http://loinc.org",
          "2.16.840.1.113883.6.96", "http://snomed.info/sct",
          "2.16.840.1.113883.5.25", "http://terminology.hl7.org/CodeSystem/v3-Confidentiality");

  private Codes() {}

  /** The FHIR system of a DMP code system. */
  static String system(String codeSystem) {
    String url = URLS.get(codeSystem);
    if (url != null) {
      return url;
    }
    return codeSystem.matches("[0-2](\\.\\d+)+") ? "urn:oid:" + codeSystem : codeSystem;
  }

  /** The DMP code system of a FHIR system. */
  static String codeSystem(String system) {
    for (Map.Entry<String, String> e : URLS.entrySet()) {
      if (e.getValue().equals(system)) {
        return e.getKey();
      }
    }
    return system.startsWith("urn:oid:") ? system.substring("urn:oid:".length()) : system;
  }

  static Coding coding(Code code) {
    return new Coding(system(code.codeSystem()), code.code(), code.display());
  }

  static CodeableConcept concept(Code code) {
    return code == null ? null : new CodeableConcept(coding(code));
  }

  /** The first coding of {@code concept}, which must have a system and a code. */
  static Code code(CodeableConcept concept, String expression) {
    if (concept == null || concept.getCoding().isEmpty()) {
      throw FhirInputException.missing(expression);
    }
    return code(concept.getCodingFirstRep(), expression + ".coding[0]");
  }

  /** The first coding of {@code concept}, or null when the element is absent. */
  static Code optional(CodeableConcept concept, String expression) {
    return concept == null || concept.isEmpty() ? null : code(concept, expression);
  }

  static Code code(Coding coding, String expression) {
    if (!coding.hasSystem() || !coding.hasCode()) {
      throw FhirInputException.invalid(
          expression,
          expression + " : system et code sont obligatoires",
          expression + ": system and code are required");
    }
    return new Code(coding.getCode(), codeSystem(coding.getSystem()), coding.getDisplay());
  }
}
