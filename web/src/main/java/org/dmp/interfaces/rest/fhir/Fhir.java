package org.dmp.interfaces.rest.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import jakarta.ws.rs.core.MediaType;

/** What every FHIR class here shares: the R4 context, the media types, the identifier systems. */
final class Fhir {

  static final String JSON = "application/fhir+json";
  static final String XML = "application/fhir+xml";
  static final MediaType JSON_TYPE = MediaType.valueOf(JSON);
  static final MediaType XML_TYPE = MediaType.valueOf(XML);

  /** A URI identifier (masterIdentifier {@code urn:oid:…}, identifier {@code urn:uuid:…}). */
  static final String URI_SYSTEM = "urn:ietf:rfc:3986";

  static final String RPPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1";
  static final String FINESS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2";

  /** IHE MHD's extensions of the SubmissionSet List. */
  static final String SOURCE_ID =
      "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-sourceId";

  static final String DESIGNATION_TYPE =
      "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-designationType";

  /** The code of the SubmissionSet List (MHD). */
  static final String SUBMISSION_SET_CODE = "submissionset";

  static final String LIST_TYPES = "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes";

  /** The DMP's own extension: an archived document (CI-SIS status Archived, no FHIR status). */
  static final String ARCHIVED = "urn:dmp:fhir:StructureDefinition:archived";

  // building a context scans the R4 model (about a second): once, shared; it is thread-safe
  private static final FhirContext CONTEXT = FhirContext.forR4();

  private Fhir() {}

  static FhirContext context() {
    return CONTEXT;
  }

  /** A parser for {@code type} (JSON unless it names XML), strict on input. */
  static IParser parser(MediaType type) {
    IParser parser = isXml(type) ? CONTEXT.newXmlParser() : CONTEXT.newJsonParser();
    parser.setParserErrorHandler(new StrictErrorHandler());
    return parser;
  }

  static boolean isXml(MediaType type) {
    return type != null && type.getSubtype().toLowerCase(java.util.Locale.ROOT).contains("xml");
  }
}
