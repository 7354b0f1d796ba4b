package org.dmp.interfaces.rest.fhir;

/**
 * A request the FHIR boundary cannot translate (a missing element, an unsupported parameter, a
 * wrong Bundle shape), with the HTTP status, the FHIRPath of the culprit and the message in French
 * then English. Rules are not checked here: those are the domain's exceptions.
 */
final class FhirInputException extends RuntimeException {

  private final int status;
  private final String expression;
  private final String french;
  private final String english;

  FhirInputException(int status, String expression, String french, String english) {
    super(french + " / " + english);
    this.status = status;
    this.expression = expression;
    this.french = french;
    this.english = english;
  }

  /** 400: the request is malformed. */
  static FhirInputException invalid(String expression, String french, String english) {
    return new FhirInputException(400, expression, french, english);
  }

  /** 400: a required element is missing. */
  static FhirInputException missing(String expression) {
    return invalid(expression, expression + " est obligatoire", expression + " is required");
  }

  /** 404: no such resource (an id that cannot even be one of ours). */
  static FhirInputException notFound(String expression, String reference) {
    return new FhirInputException(
        404, expression, "Aucune ressource " + reference, "No resource " + reference);
  }

  /** 422: well-formed FHIR that cannot be processed as it stands. */
  static FhirInputException unprocessable(String expression, String french, String english) {
    return new FhirInputException(422, expression, french, english);
  }

  int status() {
    return status;
  }

  String expression() {
    return expression;
  }

  String french() {
    return french;
  }

  String english() {
    return english;
  }
}
