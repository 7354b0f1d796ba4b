package org.dmp.it.hostile;

import static org.dmp.it.hostile.Expected.dmpFault;
import static org.dmp.it.hostile.Expected.http;
import static org.dmp.it.hostile.Expected.soapFault;
import static org.dmp.it.hostile.Expected.xdsError;
import static org.dmp.it.hostile.SoapWire.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.TestRecordRequest;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.ProfessionalAssertions;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.web.ProfessionalSoftware;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * The SOAP part of the corpus: hostile XML and broken MTOM at the three services, forged and
 * expired VIHFs, and injection strings in the fields with a grammar of ITI-41, ITI-18, ITI-43 and
 * the patients service.
 */
class HostileSoapIT extends HostileIT {

  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  private static final String REPOSITORY_ID = "2.25.138204187634215306839587431095113946213";
  private static final Map<String, String> SERVICES =
      Map.of("registry", REGISTRY, "repository", REPOSITORY, "patients", PATIENTS);

  /** The opening tag of each service's request element (its namespace declared). */
  private static final Map<String, String> OPERATIONS =
      Map.of(
          "registry",
          "<query:AdhocQueryRequest xmlns:query=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\">",
          "repository",
          "<xds:RetrieveDocumentSetRequest xmlns:xds=\"urn:ihe:iti:xds-b:2007\">",
          "patients",
          "<p:TestRecordRequest xmlns:p=\"urn:dmp:patients:2026:1\">");

  private static final String NO_DTD = "les DTD et entités XML sont interdites";
  private static final String UNREADABLE = "Requête SOAP illisible";
  private static final Map<String, String> ACTIONS =
      Map.of("registry", ITI18, "repository", ITI43, "patients", TEST_RECORD);

  @TestFactory
  Stream<DynamicTest> hostileXmlAtEveryService() {
    List<HostileCase> cases = new ArrayList<>();
    for (String service : List.of("registry", "repository", "patients")) {
      String url = SERVICES.get(service);
      String action = ACTIONS.get(service);
      String operation = OPERATIONS.get(service);
      String close = "</" + operation.substring(1, operation.indexOf(' ')) + ">";
      String boundary = "SOAP " + service;
      String doctor = security(Fixtures.doctor());
      cases.add(
          HostileCase.of(
              boundary,
              "external entity (file)",
              soapFault(NO_DTD),
              () ->
                  post(
                      url,
                      "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                          + envelope(action, url, "", operation + "&x;" + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "external entity (URL)",
              soapFault(NO_DTD),
              () ->
                  post(
                      url,
                      "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"http://127.0.0.1:1/x\">]>"
                          + envelope(action, url, "", operation + "&x;" + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "external parameter entity",
              soapFault(NO_DTD),
              () ->
                  post(
                      url,
                      "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>"
                          + envelope(action, url, "", operation + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "entity expansion (billion laughs)",
              soapFault(NO_DTD),
              () ->
                  post(
                      url,
                      Injections.laughs()
                          + envelope(action, url, "", operation + "&a9;" + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "nesting 5000 deep in the body",
              soapFault("Requête SOAP"),
              () -> post(url, envelope(action, url, "", operation + deep(5000) + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "nesting 5000 deep in a header",
              soapFault("trop profonde"),
              () -> post(url, envelope(action, url, deep(5000), operation + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "body of 5 MiB (limit 4 MiB)",
              http(413, 400, 0),
              () ->
                  post(
                      url,
                      envelope(
                          action,
                          url,
                          "",
                          operation + "x".repeat(5 * 1024 * 1024) + close,
                          doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "malformed XML (element never closed)",
              soapFault(UNREADABLE),
              () -> post(url, envelope(action, url, "", operation, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "JSON instead of XML",
              soapFault(UNREADABLE),
              () -> post(url, "{\"Envelope\":{\"Body\":{}}}")));
      cases.add(
          HostileCase.of(
              boundary,
              "content type text/plain",
              soapFault(415, "Content type refused"),
              () -> post(url, "text/plain", envelope(action, url, "", operation + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "content type application/json",
              soapFault(415, "Content type refused"),
              () ->
                  post(
                      url,
                      "application/json",
                      envelope(action, url, "", operation + close, doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "content type text/xml (SOAP 1.1)",
              soapFault(415, "Content type refused"),
              () -> post(url, "text/xml", envelope(action, url, "", operation + close, doctor))));
      cases.add(HostileCase.of(boundary, "empty body", soapFault(UNREADABLE), () -> post(url, "")));
      cases.add(
          HostileCase.of(
              boundary,
              "unknown body element",
              soapFault(UNREADABLE),
              () ->
                  post(
                      url,
                      envelope(action, url, "", "<x:Nothing xmlns:x=\"urn:nothing\"/>", doctor))));
      cases.add(
          HostileCase.of(
              boundary,
              "bytes that are not UTF-8",
              soapFault(UNREADABLE),
              () ->
                  post(
                      url,
                      SOAP12,
                      invalidUtf8(envelope(action, url, "", operation + "@" + close, doctor)))));
    }
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> brokenMtom() throws Exception {
    String boundary = "SOAP repository ITI-41 MTOM";
    String start = "<root@dmp>";
    String type =
        "multipart/related; type=\"application/xop+xml\"; start=\""
            + start
            + "\"; start-info=\"application/soap+xml\"; boundary=\"MIME_boundary\"";
    Ins ins = openRecord();
    String content = "%PDF-1.7 contenu du document de test, assez long pour être coupé";
    return corpus(
        List.of(
            HostileCase.of(
                boundary,
                "xop:Include naming a part that is not there",
                soapFault(UNREADABLE),
                () -> post(REPOSITORY, type, mtom(start, provide(ins, content), ""))),
            HostileCase.of(
                boundary,
                "attachment cut in the middle, no closing boundary",
                soapFault(UNREADABLE).or(xdsError("XDSNonIdenticalSize")),
                () -> {
                  String whole = mtom(start, provide(ins, content), attachment(content));
                  return post(REPOSITORY, type, whole.substring(0, whole.indexOf("assez long")));
                }),
            HostileCase.of(
                boundary,
                "root part that is not XML",
                soapFault(UNREADABLE),
                () ->
                    post(
                        REPOSITORY,
                        type,
                        "--MIME_boundary\r\nContent-Type: application/xop+xml; charset=UTF-8;"
                            + " type=\"application/soap+xml\"\r\nContent-ID: "
                            + start
                            + "\r\n\r\n%PDF-1.7 pas du XML\r\n--MIME_boundary--\r\n"))));
  }

  @TestFactory
  Stream<DynamicTest> forgedAndExpiredAssertions() {
    String boundary = "SOAP registry VIHF";
    String body =
        body(XdsRequests.query(FIND_DOCUMENTS, true, "$XDSDocumentEntryPatientId", "'x'"));
    var doctor = Fixtures.doctor();
    var software = SoapPorts.organisation();
    List<HostileCase> cases = new ArrayList<>();
    cases.add(
        HostileCase.of(
            boundary,
            "no assertion",
            soapFault("ASSERTION_MISSING"),
            () -> post(REGISTRY, envelope(ITI18, REGISTRY, "", body, ""))));
    cases.add(
        assertionCase(
            "unsigned assertion", "ASSERTION_SIGNATURE", body, vihf(doctor).unsigned(software)));
    cases.add(
        assertionCase(
            "expired assertion",
            "ASSERTION_EXPIRED",
            body,
            vihf(doctor)
                .validity(
                    Instant.now().minus(Duration.ofHours(2)),
                    Instant.now().minus(Duration.ofHours(1)))
                .signedBy(software)));
    cases.add(
        assertionCase(
            "assertion not yet valid",
            "ASSERTION_NOT_YET_VALID",
            body,
            vihf(doctor)
                .validity(
                    Instant.now().plus(Duration.ofHours(1)),
                    Instant.now().plus(Duration.ofHours(2)))
                .signedBy(software)));
    cases.add(
        assertionCase(
            "assertion valid for 48 hours",
            "ASSERTION_LIFETIME",
            body,
            vihf(doctor)
                .validity(Instant.now().minusSeconds(30), Instant.now().plus(Duration.ofHours(48)))
                .signedBy(software)));
    cases.add(
        assertionCase(
            "assertion for another audience",
            "ASSERTION_AUDIENCE",
            body,
            vihf(doctor).audience("urn:another-service").signedBy(software)));
    cases.add(
        assertionCase(
            "subject changed after signing",
            "ASSERTION_SIGNATURE",
            body,
            tampered(vihf(doctor).signedBy(software))));
    cases.add(
        assertionCase(
            "assertion signed by another organisation's key",
            "ASSERTION_CERTIFICATE",
            body,
            vihf(doctor)
                .signedBy(SoapPorts.organisation(org.dmp.it.support.soap.TestPki.HOSPITAL))));
    cases.add(
        assertionCase(
            "unknown purpose of use",
            "ASSERTION_ATTRIBUTE",
            body,
            vihf(doctor).purposeOfUse("<script>alert(1)</script>", null).signedBy(software)));
    cases.add(
        HostileCase.of(
            boundary,
            "assertion that is not XML-signature shaped (text)",
            soapFault("ASSERTION_MALFORMED"),
            () ->
                post(
                    REGISTRY,
                    envelope(
                        ITI18,
                        REGISTRY,
                        "",
                        body,
                        "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                            + "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">'; DROP TABLE account; --</saml2:Assertion>"
                            + "</wsse:Security>"))));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> injectionsInThePatientsService() throws Exception {
    String boundary = "SOAP patients TestRecord";
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        boundary,
                        "INS value: " + name,
                        unlessNul(name, dmpFault("NIR_FORM")),
                        () -> post(PATIENTS, testRecord(value, "1.2.250.1.213.1.4.10")))));
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        "SOAP patients CreateRecord",
                        "birth name: " + name,
                        unlessNul(name, dmpFault("PERSON_NAME")),
                        () -> post(PATIENTS, createRecord(value)))));
    Ins ins = Fixtures.newIns();
    cases.add(
        HostileCase.of(
            boundary,
            "INS with a wrong key",
            dmpFault("NIR_KEY"),
            () -> post(PATIENTS, testRecord(Injections.wrongKey(ins), ins.oid()))));
    cases.add(
        HostileCase.of(
            boundary,
            "INS under an unknown OID",
            dmpFault("INS_OID"),
            () -> post(PATIENTS, testRecord(ins.value(), "1.2.3.4.5"))));
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        boundary,
                        "INS OID: " + name,
                        unlessNul(name, dmpFault("INS_OID")),
                        () -> post(PATIENTS, testRecord(ins.value(), value)))));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> injectionsInStoredQueries() {
    String boundary = "SOAP registry ITI-18";
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        boundary,
                        "patient id: " + name,
                        unlessNul(name, xdsError("XDSRegistryMetadataError")),
                        () ->
                            findDocuments(
                                value + "^^^&1.2.250.1.213.1.4.10&ISO^NH",
                                "$XDSDocumentEntryStatus",
                                "('" + XdsRequests.APPROVED + "')"))));
    Ins ins = Fixtures.newIns();
    cases.add(
        HostileCase.of(
            boundary,
            "patient id with a wrong NIR key",
            xdsError("XDSRegistryMetadataError"),
            () -> findDocuments(Injections.wrongKey(ins) + "^^^&" + ins.oid() + "&ISO^NH")));
    cases.add(
        HostileCase.of(
            boundary,
            "patient id under an unknown OID",
            xdsError("XDSRegistryMetadataError"),
            () -> findDocuments(ins.value() + "^^^&1.2.3.4.5&ISO^NH")));
    Injections.all()
        .forEach(
            (name, value) ->
                cases.add(
                    HostileCase.of(
                        boundary,
                        "creation time from: " + name,
                        unlessNul(name, xdsError("XDSRegistryMetadataError")),
                        () ->
                            findDocuments(
                                XdsRequests.patientId(ins),
                                "$XDSDocumentEntryStatus",
                                "('" + XdsRequests.APPROVED + "')",
                                "$XDSDocumentEntryCreationTimeFrom",
                                value))));
    cases.add(
        HostileCase.of(
            boundary,
            "unknown stored query id",
            xdsError("XDSUnknownStoredQuery"),
            () ->
                post(
                    REGISTRY,
                    envelope(
                        ITI18,
                        REGISTRY,
                        body(XdsRequests.query("urn:uuid:' OR '1'='1", true)),
                        Fixtures.doctor()))));
    return corpus(cases);
  }

  @TestFactory
  Stream<DynamicTest> injectionsInRetrieveAndProvide() throws Exception {
    Ins ins = openRecord();
    String rpps = Fixtures.DOCTOR_RPPS.value();
    List<HostileCase> cases = new ArrayList<>();
    Injections.all()
        .forEach(
            (name, value) -> {
              cases.add(
                  HostileCase.of(
                      "SOAP repository ITI-43",
                      "document uniqueId: " + name,
                      unlessNul(name, xdsError("XDSRegistryMetadataError")),
                      () -> retrieve(REPOSITORY_ID, value)));
              cases.add(
                  HostileCase.of(
                      "SOAP repository ITI-43",
                      "repository id: " + name,
                      unlessNul(name, xdsError("XDSUnknownRepositoryId")),
                      () -> retrieve(value, "1.2.250.1.999.2.1")));
              cases.add(
                  HostileCase.of(
                      "SOAP repository ITI-41",
                      "document uniqueId: " + name,
                      unlessNul(name, xdsError("XDSRegistryMetadataError")),
                      () -> provideWith(ins, 200, doc -> doc.uniqueId = value)));
              cases.add(
                  HostileCase.of(
                      "SOAP repository ITI-41",
                      "author RPPS: " + name,
                      unlessNul(name, xdsError("XDSRegistryMetadataError")),
                      () -> provideWith(ins, 200, doc -> doc.rpps = value)));
              cases.add(
                  HostileCase.of(
                      "SOAP repository ITI-41",
                      "class code: " + name,
                      unlessNul(name, xdsError("XDSRegistryMetadataError")),
                      () -> provideWith(ins, 200, doc -> doc.classCode = value)));
            });
    cases.add(
        HostileCase.of(
            "SOAP repository ITI-41",
            "document of 1 MiB + 1 byte (limit 1 MiB)",
            xdsError("XDSRepositoryError || CONTENT_TOO_LARGE"),
            () -> provideWith(ins, 1024 * 1024 + 1, doc -> {})));
    cases.add(
        HostileCase.of(
            "SOAP repository ITI-41",
            "declared size that is not the content's",
            xdsError("XDSNonIdenticalSize"),
            () -> provideWith(ins, 200, doc -> doc.declaredSize = 199L)));
    cases.add(
        HostileCase.of(
            "SOAP repository ITI-41",
            "declared hash that is not the content's",
            xdsError("XDSNonIdenticalHash"),
            () ->
                provideWith(
                    ins, 200, doc -> doc.declaredHash = "'; DROP TABLE document_entry; --")));
    cases.add(
        HostileCase.of(
            "SOAP repository ITI-41",
            "patient id with a wrong NIR key",
            xdsError("XDSRegistryMetadataError"),
            () -> {
              var doc = new XdsRequests.Doc(ins, rpps, XdsRequests.pdf(200));
              String xml =
                  provideBody(XdsRequests.provide(ins, rpps, doc))
                      .replace(ins.value(), Injections.wrongKey(ins));
              return post(REPOSITORY, envelope(ITI41, REPOSITORY, xml, Fixtures.doctor()));
            }));
    return corpus(cases);
  }

  /** {@code normal}, but for a string with NUL, which no XML may carry: unreadable. */
  private static Expected unlessNul(String name, Expected normal) {
    return name.startsWith("NUL") ? soapFault(UNREADABLE) : normal;
  }

  // --- requests

  private static Answer findDocuments(String patientId, String... more) {
    String[] slots = new String[more.length + 2];
    slots[0] = "$XDSDocumentEntryPatientId";
    slots[1] = "'" + patientId + "'";
    System.arraycopy(more, 0, slots, 2, more.length);
    return post(
        REGISTRY,
        envelope(
            ITI18,
            REGISTRY,
            body(XdsRequests.query(FIND_DOCUMENTS, true, slots)),
            Fixtures.doctor()));
  }

  private static Answer retrieve(String repository, String uniqueId) {
    RetrieveDocumentSetRequestType r = new RetrieveDocumentSetRequestType();
    DocumentRequestType d = new DocumentRequestType();
    d.setRepositoryUniqueId(repository);
    d.setDocumentUniqueId(uniqueId);
    r.getDocumentRequest().add(d);
    return post(
        REPOSITORY,
        envelope(
            ITI43,
            REPOSITORY,
            body("RetrieveDocumentSetRequest", RetrieveDocumentSetRequestType.class, r),
            Fixtures.doctor()));
  }

  /** An ITI-41 of one document of {@code size} bytes for {@code ins}, changed by {@code change}. */
  private static Answer provideWith(
      Ins ins, int size, java.util.function.Consumer<XdsRequests.Doc> change) {
    String rpps = Fixtures.DOCTOR_RPPS.value();
    var doc = new XdsRequests.Doc(ins, rpps, XdsRequests.pdf(size));
    change.accept(doc);
    return provide(XdsRequests.provide(ins, rpps, doc));
  }

  private static Answer provide(ProvideAndRegisterDocumentSetRequestType request) {
    return post(REPOSITORY, envelope(ITI41, REPOSITORY, provideBody(request), Fixtures.doctor()));
  }

  private static String provideBody(ProvideAndRegisterDocumentSetRequestType request) {
    return body(
        "ProvideAndRegisterDocumentSetRequest",
        ProvideAndRegisterDocumentSetRequestType.class,
        request);
  }

  private static String testRecord(String nir, String oid) {
    TestRecordRequest r = new TestRecordRequest();
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(nir);
    wire.setOid(oid);
    r.setIns(wire);
    return envelope(TEST_RECORD, PATIENTS, body(r), Fixtures.doctor());
  }

  /** A CreateRecord of a new patient whose birth name is {@code birthName}. */
  private static String createRecord(String birthName) throws Exception {
    CreateRecordRequest r = ProfessionalSoftware.creation(Fixtures.newIns());
    r.getIdentity().setBirthName(birthName);
    return envelope("urn:dmp:patients:2026:1:CreateRecord", PATIENTS, body(r), Fixtures.doctor());
  }

  /**
   * An ITI-41 envelope for {@code ins} whose one document ({@code content}, declared with its size
   * and hash) is an xop:Include of the part {@code cid:doc@dmp}.
   */
  private static String provide(Ins ins, String content) {
    var doc =
        new XdsRequests.Doc(
            ins, Fixtures.DOCTOR_RPPS.value(), content.getBytes(StandardCharsets.UTF_8));
    String xml = provideBody(XdsRequests.provide(ins, Fixtures.DOCTOR_RPPS.value(), doc));
    String inline = java.util.Base64.getEncoder().encodeToString(doc.content);
    xml =
        xml.replace(
            inline,
            "<xop:Include xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" href=\"cid:doc@dmp\"/>");
    return envelope(ITI41, REPOSITORY, xml, Fixtures.doctor());
  }

  private static String mtom(String start, String envelope, String attachment) {
    return "--MIME_boundary\r\nContent-Type: application/xop+xml; charset=UTF-8;"
        + " type=\"application/soap+xml\"\r\nContent-Transfer-Encoding: 8bit\r\nContent-ID: "
        + start
        + "\r\n\r\n"
        + envelope
        + "\r\n"
        + attachment
        + "--MIME_boundary--\r\n";
  }

  private static String attachment(String content) {
    return "--MIME_boundary\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding:"
        + " binary\r\nContent-ID: <doc@dmp>\r\n\r\n"
        + content
        + "\r\n";
  }

  private HostileCase assertionCase(String input, String code, String body, Element assertion) {
    return HostileCase.of(
        "SOAP registry VIHF",
        input,
        soapFault(code),
        () -> post(REGISTRY, envelope(ITI18, REGISTRY, "", body, security(assertion))));
  }

  private static ProfessionalAssertions.Vihf vihf(Caller professional) {
    var role = professional.actor().role();
    return ProfessionalAssertions.vihf(
        professional.actor().id(),
        professional.actor().displayName(),
        role.profession().code(),
        role.specialty() == null ? null : role.specialty().code(),
        "750000001");
  }

  /** The signed assertion with another professional's RPPS as its subject. */
  private static Element tampered(Element assertion) {
    var ids = assertion.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID");
    ids.item(0).setTextContent(Fixtures.OTHER_DOCTOR_RPPS.value());
    return assertion;
  }

  private static String deep(int depth) {
    return "<d:a xmlns:d=\"urn:deep\">" + "<d:a>".repeat(depth) + "</d:a>".repeat(depth + 1);
  }

  private static byte[] invalidUtf8(String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '@') {
        bytes[i] = (byte) 0xC3; // a lead byte followed by '<': not UTF-8
      }
    }
    return bytes;
  }

  /** A new record opened by the usual doctor's software (PROFESSIONAL channel), consent given. */
  static Ins openRecord() throws Exception {
    return ProfessionalSoftware.openRecord();
  }
}
