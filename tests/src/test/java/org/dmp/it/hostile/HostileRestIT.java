package org.dmp.it.hostile;

import static org.dmp.it.hostile.Expected.http;
import static org.dmp.it.hostile.Expected.json;
import static org.dmp.it.hostile.Expected.outcome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.soap.ProfessionalAssertions;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The REST part of the corpus: hostile bodies and content types at the FHIR API (ITI-65), injection
 * strings in its ids and search parameters (ITI-67, ITI-68, Patient), forged and expired bearer
 * VIHFs, and the feeds and statistics APIs.
 */
class HostileRestIT extends HostileIT {

  private static final String FHIR = FhirClients.BASE;
  private static final String API = TestServer.HTTPS + "/dmp/api";
  private static final String JSON = "application/fhir+json";
  private static final String XML = "application/fhir+xml";

  @TestFactory
  Stream<DynamicTest> injectionsInFhirIdsAndSearches() {
    Ins ins = Fixtures.newIns();
    String patient = "patient.identifier=" + q(MhdBundles.patientToken(ins));
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.of(
                      "FHIR ITI-67",
                      "patient.identifier NIR: " + name,
                      outcome(400, "NIR_FORM"),
                      () ->
                          get(
                              "/DocumentReference?patient.identifier="
                                  + q("urn:oid:1.2.250.1.213.1.4.10|" + value))));
              cases.add(
                  HostileCase.of(
                      "FHIR ITI-67",
                      "_count: " + name,
                      outcome(400, "\"expression\":[\"_count\"]"),
                      () -> get("/DocumentReference?" + patient + "&_count=" + q(value))));
              cases.add(
                  HostileCase.of(
                      "FHIR ITI-67",
                      "creation date: " + name,
                      outcome(400, "\"expression\":[\"creation\"]"),
                      () -> get("/DocumentReference?" + patient + "&creation=" + q(value))));
              cases.add(
                  HostileCase.of(
                      "FHIR DocumentReference read",
                      "id: " + name,
                      outcome(404, "Aucune ressource DocumentReference/"),
                      () -> get("/DocumentReference/" + segment(value))));
              cases.add(
                  HostileCase.of(
                      "FHIR ITI-68 Binary",
                      "id: " + name,
                      outcome(404, "Aucune ressource Binary/"),
                      () -> get("/Binary/" + segment(value))));
              cases.add(
                  HostileCase.of(
                      "FHIR Patient search",
                      "identifier OID: " + name,
                      outcome(400, "INS_OID"),
                      () ->
                          get("/Patient?identifier=" + q("urn:oid:" + value + "|" + ins.value()))));
            });
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> hostileFhirBodies() throws Exception {
    String boundary = "FHIR ITI-65";
    Ins ins = HostileSoapIT.openRecord();
    String bundle = FhirClients.context().newJsonParser().encodeResourceToString(bundle(ins));
    List<HostileCase> cases = new ArrayList<>();
    cases.add(
        HostileCase.of(
            boundary,
            "XML external entity",
            outcome(400, "INVALID_FHIR"),
            () ->
                post(
                    XML,
                    "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&x;\"/></Bundle>")));
    cases.add(
        HostileCase.of(
            boundary,
            "XML entity expansion",
            outcome(400, "INVALID_FHIR"),
            () ->
                post(
                    XML,
                    Injections.laughs()
                        + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&a9;\"/></Bundle>")));
    cases.add(
        HostileCase.of(
            boundary,
            "JSON nested 10000 deep",
            outcome(400, "INVALID_FHIR"),
            () ->
                post(
                    JSON,
                    "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"x\":"
                        + "[".repeat(10000)
                        + "]".repeat(10000)
                        + "}")));
    cases.add(
        HostileCase.of(
            boundary,
            "XML nested 10000 deep",
            outcome(400, "INVALID_FHIR"),
            () ->
                post(
                    XML,
                    "<Bundle xmlns=\"http://hl7.org/fhir\">"
                        + "<extension>".repeat(10000)
                        + "</extension>".repeat(10000)
                        + "</Bundle>")));
    cases.add(
        HostileCase.of(
            boundary,
            "body of 5 MiB (limit 4 MiB)",
            http(413, 400, 0),
            () ->
                post(
                    JSON,
                    "{\"resourceType\":\"Bundle\",\"id\":\""
                        + "x".repeat(5 * 1024 * 1024)
                        + "\"}")));
    cases.add(
        HostileCase.of(
            boundary, "content type text/plain", http(415), () -> post("text/plain", bundle)));
    cases.add(
        HostileCase.of(
            boundary,
            "content type form-urlencoded",
            http(415),
            () -> post("application/x-www-form-urlencoded", "resourceType=Bundle")));
    cases.add(
        HostileCase.of(
            boundary,
            "malformed JSON",
            outcome(400, "INVALID_FHIR"),
            () -> post(JSON, bundle.substring(0, bundle.length() / 2))));
    cases.add(
        HostileCase.of(boundary, "empty body", outcome(400, "INVALID_FHIR"), () -> post(JSON, "")));
    cases.add(
        HostileCase.of(
            boundary,
            "unknown element",
            outcome(400, "INVALID_FHIR"),
            () -> post(JSON, bundle.replaceFirst("\\{", "{\"dropTable\":\"record\","))));
    cases.add(
        HostileCase.of(
            boundary,
            "a Patient instead of a Bundle",
            outcome(400, "INVALID_FHIR"),
            () -> post(JSON, "{\"resourceType\":\"Patient\",\"id\":\"1\"}")));
    cases.add(
        HostileCase.of(
            boundary,
            "JSON in an XML content type",
            outcome(400, "INVALID_FHIR"),
            () -> post(XML, bundle)));
    cases.add(
        HostileCase.of(
            boundary,
            "document of 1 MiB + 1 byte (limit 1 MiB)",
            outcome(413, "CONTENT_TOO_LARGE"),
            () ->
                post(
                    JSON,
                    FhirClients.context()
                        .newJsonParser()
                        .encodeResourceToString(
                            MhdBundles.provide(
                                ins,
                                new MhdBundles.Doc(
                                    org.dmp.it.support.soap.XdsRequests.pdf(1024 * 1024 + 1)))))));
    cases.add(
        HostileCase.of(
            boundary,
            "wrong NIR key in the subject",
            outcome(400, "NIR_KEY"),
            () -> post(JSON, bundle.replace(ins.value(), Injections.wrongKey(ins)))));
    cases.add(
        HostileCase.of(
            boundary,
            "unknown INS OID in the subject",
            outcome(400, "INS_OID"),
            () -> post(JSON, bundle.replace("1.2.250.1.213.1.4.10", "1.2.3.4.5"))));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> forgedBearerTokens() {
    String boundary = "FHIR bearer VIHF";
    String path =
        "/DocumentReference?patient.identifier=" + q(MhdBundles.patientToken(Fixtures.newIns()));
    var hospital = SoapPorts.organisation(TestPki.HOSPITAL);
    var doctor = Fixtures.doctor();
    return corpus(
        List.of(
            HostileCase.of(
                boundary,
                "no Authorization",
                outcome(401, "ASSERTION_MISSING"),
                () -> get(path, null)),
            HostileCase.of(
                boundary,
                "a token that is not base64url",
                outcome(401, "ASSERTION_MALFORMED"),
                () -> get(path, "'; DROP TABLE account; --")),
            HostileCase.of(
                boundary,
                "base64url of something that is not XML",
                outcome(401, "ASSERTION_MALFORMED"),
                () -> get(path, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.")),
            HostileCase.of(
                boundary,
                "a token with a DTD (external entity)",
                outcome(401, "ASSERTION_MALFORMED"),
                () ->
                    get(
                        path,
                        java.util.Base64.getUrlEncoder()
                            .encodeToString(
                                ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">&x;</saml2:Assertion>")
                                    .getBytes(StandardCharsets.UTF_8)))),
            HostileCase.of(
                boundary,
                "an expired assertion",
                outcome(401, "ASSERTION_EXPIRED"),
                () ->
                    get(
                        path,
                        FhirClients.token(
                            vihf()
                                .validity(
                                    Instant.now().minus(Duration.ofHours(2)),
                                    Instant.now().minus(Duration.ofHours(1)))
                                .signedBy(hospital)))),
            HostileCase.of(
                boundary,
                "an unsigned assertion",
                outcome(401, "ASSERTION_SIGNATURE"),
                () -> get(path, FhirClients.token(vihf().unsigned(hospital)))),
            HostileCase.of(
                boundary,
                "an assertion signed by another organisation",
                outcome(401, "ASSERTION_CERTIFICATE"),
                () -> get(path, FhirClients.token(SoapPorts.assertionFor(doctor))))));
  }

  @TestFactory
  Stream<DynamicTest> feedsAndStatistics() {
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.of(
                      "REST feeds job status",
                      "job id: " + name,
                      json(400, "FEED_JOB_ID"),
                      () -> apiGet("/feeds/jobs/" + segment(value))));
              cases.add(
                  HostileCase.of(
                      "REST statistics",
                      "from date: " + name,
                      json(400, "STATISTICS_PERIOD"),
                      () -> apiGet("/statistics?from=" + q(value) + "&to=2026-01-01")));
            });
    cases.add(
        HostileCase.of(
            "REST feeds upload",
            "content type application/json",
            http(415),
            () -> apiPost("application/json", "{\"nir\":\"' OR 1=1 --\"}")));
    cases.add(
        HostileCase.of(
            "REST feeds upload",
            "content type text/xml with an external entity",
            http(415),
            () ->
                apiPost(
                    "text/xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
    return corpus(cases);
  }

  // --- requests

  private static Answer get(String path) {
    return get(path, doctorToken());
  }

  private static String token;

  /** The doctor's bearer VIHF, signed once for the class (valid ten minutes). */
  private static synchronized String doctorToken() {
    if (token == null) {
      token = FhirClients.token(Fixtures.doctor());
    }
    return token;
  }

  private static Answer get(String path, String token) {
    var request = Wire.request(FHIR + path).header("Accept", JSON).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Wire.send(Wire.as(TestPki.HOSPITAL), request.build());
  }

  private static Answer post(String type, String body) {
    return Wire.send(
        Wire.as(TestPki.HOSPITAL),
        Wire.request(FHIR + "/")
            .header("Content-Type", type)
            .header("Accept", JSON)
            .header("Authorization", "Bearer " + doctorToken())
            .POST(Wire.text(body))
            .build());
  }

  private static Answer apiGet(String path) {
    return Wire.send(Wire.as(TestPki.FEED), Wire.request(API + path).GET().build());
  }

  private static Answer apiPost(String type, String body) {
    return Wire.send(
        Wire.as(TestPki.FEED),
        Wire.request(API + "/feeds/reimbursements")
            .header("Content-Type", type)
            .POST(Wire.text(body))
            .build());
  }

  private static org.hl7.fhir.r4.model.Bundle bundle(Ins ins) {
    return MhdBundles.provide(ins, new MhdBundles.Doc(Fixtures.contentWith("hostile")));
  }

  private static ProfessionalAssertions.Vihf vihf() {
    var d = Fixtures.doctor();
    return ProfessionalAssertions.vihf(
        d.actor().id(), d.actor().displayName(), "10", "SM54", "750000001");
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String segment(String value) {
    return q(value).replace("+", "%20");
  }
}
