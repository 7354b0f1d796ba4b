package org.dmp.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

/**
 * The answer a hostile input must get: its kind (as the corpus lists it), the HTTP statuses it may
 * come with, and the specific text that says which refusal it is (an XDS error code, a DMP code, a
 * form message). Never 500, whatever the kind.
 *
 * @param kind what the client gets: SOAP fault, XDS RegistryError, OperationOutcome, JSON error,
 *     form message, HTTP refusal
 * @param statuses the acceptable HTTP statuses (0: connection closed by the listener)
 * @param marker the text that names this refusal and no other
 */
public record Expected(String kind, Set<Integer> statuses, String marker) {

  /**
   * A SOAP fault from the sender's side naming the refusal: HTTP 500 as WS-I Basic Profile (R1126)
   * has every SOAP fault sent, and as deployed SOAP clients expect; the Sender code says it is the
   * request's fault, not the server's.
   */
  public static Expected soapFault(String code) {
    return new Expected(SOAP_FAULT, Set.of(500), code);
  }

  private static final String SOAP_FAULT = "SOAP Sender fault";

  /** This answer, or that one: two refusals that are both right (markers joined by " || "). */
  public Expected or(Expected other) {
    Set<Integer> both = new java.util.TreeSet<>(statuses);
    both.addAll(other.statuses);
    return new Expected(kind + " or " + other.kind, both, marker + " || " + other.marker);
  }

  /** A SOAP fault with another status than 400 (415: a content type that is not SOAP). */
  public static Expected soapFault(int status, String marker) {
    return new Expected(SOAP_FAULT, Set.of(status), marker);
  }

  /** An XDS response with status Failure and a RegistryError of this code (HTTP 200). */
  public static Expected xdsError(String code) {
    return new Expected("XDS RegistryError", Set.of(200), code);
  }

  /** A DmpFault of the patients service with this code (a SOAP fault the contract declares). */
  public static Expected dmpFault(String code) {
    return new Expected(SOAP_FAULT + " DmpFault", Set.of(500), "<code>" + code + "</code>");
  }

  /** A FHIR OperationOutcome with this status, the DMP code in its diagnostics. */
  public static Expected outcome(int status, String code) {
    return new Expected("OperationOutcome " + status, Set.of(status), code);
  }

  /** A JSON error {@code {"code":…}} of the REST API. */
  public static Expected json(int status, String code) {
    return new Expected("JSON error " + status, Set.of(status), "\"code\":\"" + code + "\"");
  }

  /** The page again, with this message beside the field or at the top. */
  public static Expected form(String message) {
    return new Expected("form message", Set.of(200), message);
  }

  /**
   * A refusal by HTTP status alone (the listener, before any application code): for a body over the
   * limit, 413, or 400 when Undertow's HTTP/1.1 parser gives up first, or the connection closed (0)
   * while the body is still being sent.
   */
  public static Expected http(int... statuses) {
    Set<Integer> allowed = new java.util.TreeSet<>();
    for (int s : statuses) {
      allowed.add(s);
    }
    return new Expected("HTTP " + allowed, allowed, "");
  }

  /** Fails unless the answer is this one, and shows nothing of the server's insides. */
  void check(Answer answer) {
    if (answer.status() == 500) {
      assertThat(kind).as("a 500 where no SOAP fault is expected: %s", answer).contains(SOAP_FAULT);
      assertThat(answer.body())
          .as("the request's fault, not the server's: %s", answer)
          .containsAnyOf(">soap:Sender<", ">soap:Client<")
          .doesNotContain("INTERNAL_ERROR");
    }
    assertThat(answer.status()).as("the status of %s", answer).isIn(statuses);
    // CXF names a fault's WS-Addressing action after the exception's simple class name
    // (…:Fault:UnmarshalException): a name, no package, no trace; left as CXF writes it
    String shown = answer.body().replaceAll("<Action [^>]*>[^<]*</Action>", "");
    // a page names its own form machinery (jakarta.faces.ViewState, its script library)
    shown = shown.replace("jakarta.faces", "faces");
    assertThat(shown)
        .as("no stack trace nor internals in %s", answer)
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("jakarta.")
        .doesNotContain("org.dmp")
        .doesNotContain("org.apache")
        .doesNotContain("org.jboss")
        .doesNotContain("io.undertow")
        .doesNotContain("ca.uhn");
    assertThat(java.util.Arrays.stream(marker.split(" \\|\\| ")).anyMatch(shown::contains))
        .as("the specific refusal (%s) of %s", marker, answer)
        .isTrue();
  }

  @Override
  public String toString() {
    return marker.isEmpty() ? kind : kind + " `" + marker.replace("|", "\\|") + "`";
  }
}
