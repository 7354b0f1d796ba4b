package org.dmp.it.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.soap.XdsRequests.objects;
import static org.dmp.it.support.soap.XdsRequests.patientId;
import static org.dmp.it.support.soap.XdsRequests.query;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.fhir.MhdBundles.Doc;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.dmp.it.support.soap.XdsRequests;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

class FhirIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FhirIT.class);
  }

  @Test
  void theCapabilityStatementSaysWhatIsImplemented() {
    CapabilityStatement json =
        FhirClients.json(Fixtures.doctor())
            .capabilities()
            .ofType(CapabilityStatement.class)
            .execute();
    CapabilityStatement xml =
        FhirClients.xml(Fixtures.doctor())
            .capabilities()
            .ofType(CapabilityStatement.class)
            .execute();

    for (CapabilityStatement c : List.of(json, xml)) {
      var rest = c.getRestFirstRep();
      assertThat(rest.getResource())
          .extracting(r -> r.getType())
          .containsExactlyInAnyOrder("DocumentReference", "Patient", "Binary");
      assertThat(rest.getResource().get(0).getSearchParam())
          .extracting(p -> p.getName())
          .contains(
              "patient.identifier",
              "status",
              "category",
              "type",
              "date",
              "period",
              "author.given",
              "author.family",
              "format",
              "security-label",
              "_count");
      assertThat(rest.getInteractionFirstRep().getCode().toCode()).isEqualTo("transaction");
    }
  }

  @Test
  void theFormatParameterOverridesTheAcceptHeader() throws Exception {
    HttpResponse<byte[]> xml =
        get(FhirClients.BASE + "/metadata?_format=xml", Fixtures.doctor(), "application/fhir+json");
    HttpResponse<byte[]> json =
        get(FhirClients.BASE + "/metadata?_format=application/fhir%2Bjson", Fixtures.doctor());
    HttpResponse<byte[]> unknown =
        get(FhirClients.BASE + "/metadata?_format=csv", Fixtures.doctor());

    assertThat(xml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+xml"));
    assertThat(new String(xml.body())).startsWith("<CapabilityStatement");
    assertThat(new String(json.body())).startsWith("{\"resourceType\":\"CapabilityStatement\"");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(new String(unknown.body())).contains("_format");
  }

  @Test
  void aBundleFedOverFhirIsFoundRetrievedAndSeenOverSoap() throws Exception {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    String marker = Fixtures.marker();
    Doc doc = new Doc(Fixtures.contentWith(marker));

    Bundle response = provide(FhirClients.json(Fixtures.doctor()), ins, doc);

    assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(response.getEntry())
        .extracting(e -> e.getResponse().getStatus())
        .containsOnly("201 Created");
    assertThat(response.getEntry().get(1).getResponse().getLocation())
        .matches("DocumentReference/[0-9a-f-]{36}/_history/1");

    // ITI-67, in XML this time
    Bundle found =
        search(
            FhirClients.xml(Fixtures.doctor()),
            "patient.identifier=" + MhdBundles.patientToken(ins));
    assertThat(found.getTotal()).isEqualTo(1);
    DocumentReference reference = (DocumentReference) found.getEntryFirstRep().getResource();
    assertThat(reference.getMasterIdentifier().getValue()).isEqualTo("urn:oid:" + doc.uniqueId);
    assertThat(reference.getContentFirstRep().getAttachment().getTitle()).isEqualTo(doc.title);
    assertThat(reference.getSubject().getIdentifier().getValue()).isEqualTo(ins.value());

    // ITI-68: the bytes, with their content type
    HttpResponse<byte[]> content =
        get(reference.getContentFirstRep().getAttachment().getUrl(), Fixtures.doctor());
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(content.body())).contains(marker);

    // and the practice software finds it over SOAP (ITI-18)
    var registry = SoapPorts.registry(Fixtures.doctor());
    var soap =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                true,
                "$XDSDocumentEntryPatientId",
                "'" + patientId(ins) + "'",
                "$XDSDocumentEntryStatus",
                "('" + XdsRequests.APPROVED + "')"));
    assertThat(objects(soap.getRegistryObjectList(), ExtrinsicObjectType.class))
        .extracting(e -> e.getId())
        .containsExactly("urn:uuid:" + reference.getIdElement().getIdPart());
  }

  @Test
  void aDocumentFedOverSoapIsFoundOverFhir() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    var repository = SoapPorts.repository(Fixtures.doctor());
    var doc = new XdsRequests.Doc(ins, Fixtures.DOCTOR_RPPS.value(), Fixtures.contentWith("x"));
    repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, Fixtures.DOCTOR_RPPS.value(), doc));

    Bundle found =
        search(
            FhirClients.json(Fixtures.doctor()),
            "patient.identifier=" + MhdBundles.patientToken(ins));

    assertThat(found.getEntry())
        .extracting(e -> ((DocumentReference) e.getResource()).getMasterIdentifier().getValue())
        .containsExactly("urn:oid:" + doc.uniqueId);
  }

  @Test
  void searchParametersFilterAndPage() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    Doc report = new Doc(Fixtures.contentWith("a"));
    Doc prescription = new Doc(Fixtures.contentWith("b"));
    prescription.classCode = "42";
    prescription.typeCode = "57833-6";
    prescription.creation = new java.util.Date(1_700_000_000_000L); // 2023-11-14
    Doc dispensation = new Doc(Fixtures.contentWith("c"));
    dispensation.classCode = "43";
    dispensation.typeCode = "60593-1";
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());
    provide(fhir, ins, report, prescription, dispensation);
    String patient = "patient.identifier=" + MhdBundles.patientToken(ins);

    assertThat(uniqueIds(search(fhir, patient + "&category=urn:oid:1.2.250.1.213.1.1.4.1|42")))
        .containsExactly(prescription.uniqueId);
    assertThat(uniqueIds(search(fhir, patient + "&type=http://loinc.org|60593-1")))
        .containsExactly(dispensation.uniqueId);
    assertThat(uniqueIds(search(fhir, patient + "&creation=lt2024-01-01")))
        .containsExactly(prescription.uniqueId);
    assertThat(uniqueIds(search(fhir, patient + "&creation=ge2024-01-01&creation=lt2030")))
        .containsExactlyInAnyOrder(report.uniqueId, dispensation.uniqueId);
    // date: when the registry took them (today), not when they were written
    assertThat(uniqueIds(search(fhir, patient + "&date=ge2026-01-01"))).hasSize(3);
    assertThat(uniqueIds(search(fhir, patient + "&date=lt2026-01-01"))).isEmpty();
    assertThat(uniqueIds(search(fhir, patient + "&security-label=MASQUE_PS"))).isEmpty();
    assertThat(uniqueIds(search(fhir, patient + "&status=superseded"))).isEmpty();
    assertThat(uniqueIds(search(fhir, patient + "&author.family=DURAND"))).hasSize(3);
    assertThat(uniqueIds(search(fhir, patient + "&author.family=INCONNU"))).isEmpty();
    // the patient by the reference this server gives (DocumentReference.subject, Patient.id)
    assertThat(uniqueIds(search(fhir, "patient=Patient/" + id.value())))
        .containsExactlyInAnyOrder(report.uniqueId, prescription.uniqueId, dispensation.uniqueId);
    assertThat(outcomeOf(() -> search(fhir, patient + "&patient=Patient/" + id.value())).status)
        .isEqualTo(400);
    // two parameters: both hold
    assertThat(uniqueIds(search(fhir, patient + "&author.given=paul&author.family=durand")))
        .hasSize(3);
    assertThat(uniqueIds(search(fhir, patient + "&author.given=Jean&author.family=DURAND")))
        .isEmpty();

    Bundle first = search(fhir, patient + "&_count=2");
    assertThat(first.getTotal()).isEqualTo(3);
    assertThat(first.getEntry()).hasSize(2);
    Bundle second = fhir.loadPage().next(first).execute();
    assertThat(second.getEntry()).hasSize(1);
    assertThat(second.getLink("previous")).isNotNull();
    // the two pages are the three documents, each once
    List<String> paged = new java.util.ArrayList<>(uniqueIds(first));
    paged.addAll(uniqueIds(second));
    assertThat(paged)
        .containsExactlyInAnyOrder(report.uniqueId, prescription.uniqueId, dispensation.uniqueId);
    assertThat(outcomeOf(() -> search(fhir, patient + "&_offset=2147483647")).status)
        .isEqualTo(400);
  }

  @Test
  void anUnknownSearchParameterOrAMalformedValueIsA400() {
    RecordId id = openRecordForDoctor();
    String patient = "patient.identifier=" + MhdBundles.patientToken(insOf(id));
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());

    assertThat(outcomeOf(() -> search(fhir, patient + "&creator=x")))
        .satisfies(o -> assertThat(o.status).isEqualTo(400))
        .satisfies(o -> assertThat(o.text).contains("creator"));
    assertThat(outcomeOf(() -> search(fhir, patient + "&date=hier")).status).isEqualTo(400);
    assertThat(outcomeOf(() -> search(fhir, "status=current")).text).contains("patient.identifier");
  }

  @Test
  void aBundleWithOneBadDocumentWritesNothing() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    Doc good = new Doc(Fixtures.contentWith("good"));
    Doc bad = new Doc(Fixtures.contentWith("bad"));
    bad.hashOfOtherContent = true;
    DatabaseState before = DatabaseState.of(dataSource);

    Outcome refused = outcomeOf(() -> provide(FhirClients.json(Fixtures.doctor()), ins, good, bad));

    assertThat(refused.status).isEqualTo(422);
    assertThat(refused.code).isEqualTo("HASH_MISMATCH");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void badBundlesGetSpecificErrorsAndWriteNothing() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());
    Doc doc = new Doc(Fixtures.contentWith("once"));
    provide(fhir, ins, doc);
    DatabaseState before = DatabaseState.of(dataSource);

    Bundle noMaster = MhdBundles.provide(ins, new Doc(Fixtures.contentWith("m")));
    ((DocumentReference) noMaster.getEntry().get(1).getResource()).setMasterIdentifier(null);
    Bundle notTransaction = MhdBundles.provide(ins, new Doc(Fixtures.contentWith("t")));
    notTransaction.setType(Bundle.BundleType.BATCH);
    Doc again = new Doc(Fixtures.contentWith("again"));
    again.uniqueId = doc.uniqueId;
    Bundle unknownPatient =
        MhdBundles.provide(Fixtures.newIns(), new Doc(Fixtures.contentWith("u")));

    Outcome missing = outcomeOf(() -> fhir.transaction().withBundle(noMaster).execute());
    assertThat(missing.status).isEqualTo(400);
    assertThat(missing.text).contains("masterIdentifier");
    assertThat(outcomeOf(() -> fhir.transaction().withBundle(notTransaction).execute()).status)
        .isEqualTo(400);
    Outcome duplicate = outcomeOf(() -> provide(fhir, ins, again));
    assertThat(duplicate.status).isEqualTo(409);
    assertThat(duplicate.code).isEqualTo("DUPLICATE_UNIQUE_ID");
    Outcome noRecord = outcomeOf(() -> fhir.transaction().withBundle(unknownPatient).execute());
    assertThat(noRecord.status).isEqualTo(404);
    assertThat(noRecord.code).isEqualTo("RECORD_NOT_FOUND");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aDocumentOverTheSizeLimitIsA413AndWritesNothing() {
    RecordId id = openRecordForDoctor();
    // the test server accepts documents of 1 MiB at most (tests/pom.xml)
    Doc big = new Doc(XdsRequests.pdf(1_100_000));
    DatabaseState before = DatabaseState.of(dataSource);

    Outcome refused = outcomeOf(() -> provide(FhirClients.json(Fixtures.doctor()), insOf(id), big));

    assertThat(refused.status).isEqualTo(413);
    assertThat(refused.code).isEqualTo("CONTENT_TOO_LARGE");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aMalformedResourceIsA400NamingTheElement() throws Exception {
    RecordId id = openRecordForDoctor();
    String bundle =
        FhirClients.context()
            .newJsonParser()
            .encodeResourceToString(
                MhdBundles.provide(insOf(id), new Doc(Fixtures.contentWith("x"))))
            .replaceFirst(
                "\"resourceType\":\"Bundle\",", "\"resourceType\":\"Bundle\",\"colour\":\"blue\",");
    DatabaseState before = DatabaseState.of(dataSource);

    HttpResponse<String> response = post(bundle, Fixtures.doctor());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("OperationOutcome").contains("colour");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aDocumentIsReplacedByRelatesTo() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());
    Bundle first = provide(fhir, ins, new Doc(Fixtures.contentWith("v1")));
    String replaced = idOf(first.getEntry().get(1).getResponse().getLocation());
    Doc second = new Doc(Fixtures.contentWith("v2"));
    second.replaces = replaced;

    provide(fhir, ins, second);

    String patient = "patient.identifier=" + MhdBundles.patientToken(ins);
    assertThat(uniqueIds(search(fhir, patient))).containsExactly(second.uniqueId);
    Bundle superseded = search(fhir, patient + "&status=superseded");
    assertThat(superseded.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(replaced);
    DocumentReference current =
        (DocumentReference) search(fhir, patient).getEntryFirstRep().getResource();
    assertThat(current.getRelatesToFirstRep().getTarget().getReference())
        .isEqualTo("DocumentReference/" + replaced);
  }

  @Test
  void confidentialityAndStatusAreUpdatedAndAStaleVersionIsA412() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());
    Bundle fed = provide(fhir, ins, new Doc(Fixtures.contentWith("c")));
    String docId = idOf(fed.getEntry().get(1).getResponse().getLocation());
    DocumentReference current =
        fhir.read().resource(DocumentReference.class).withId(docId).execute();

    DocumentReference stale = current.copy();
    stale
        .getSecurityLabelFirstRep()
        .getCodingFirstRep()
        .setSystem("urn:oid:1.2.250.1.213.1.1.4.13")
        .setCode("INVISIBLE_PATIENT");
    DatabaseState before = DatabaseState.of(dataSource);
    DocumentReference elsewhere = stale.copy();
    elsewhere.setId("00000000-0000-0000-0000-000000000000");
    assertThat(put(docId, elsewhere, null, Fixtures.doctor()).statusCode()).isEqualTo(400);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);

    HttpResponse<String> preconditionFailed = put(docId, stale, "W/\"7\"", Fixtures.doctor());
    assertThat(preconditionFailed.statusCode()).isEqualTo(412);
    // nothing changed; the metadata the update was compared with was read (and that is audited)
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plus("audit_event", 1));

    HttpResponse<String> updated = put(docId, stale, "W/\"1\"", Fixtures.doctor());
    assertThat(updated.statusCode()).isEqualTo(200);
    DocumentReference now =
        FhirClients.context()
            .newJsonParser()
            .parseResource(DocumentReference.class, updated.body());
    assertThat(now.getMeta().getVersionId()).isEqualTo("2");
    assertThat(now.getSecurityLabel())
        .extracting(l -> l.getCodingFirstRep().getCode())
        .containsExactly("INVISIBLE_PATIENT");

    DocumentReference deleted = now.copy();
    deleted.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.ENTEREDINERROR);
    String newId = now.getIdElement().getIdPart();
    assertThat(put(newId, deleted, "W/\"2-approved\"", Fixtures.doctor()).statusCode())
        .isEqualTo(200);
    // a client that read the document before its deletion may not restore it unknowingly
    DatabaseState afterDeletion = DatabaseState.of(dataSource);
    assertThat(put(newId, now, "W/\"2-approved\"", Fixtures.doctor()).statusCode()).isEqualTo(412);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(afterDeletion.plus("audit_event", 1));
    assertThat(uniqueIds(search(fhir, "patient.identifier=" + MhdBundles.patientToken(ins))))
        .isEmpty();
    assertThat(
            search(
                    fhir,
                    "patient.identifier="
                        + MhdBundles.patientToken(ins)
                        + "&status=entered-in-error")
                .getTotal())
        .isEqualTo(1);
  }

  @Test
  void aPatientIsReadAndFoundByIns() {
    RecordId id = openRecordForDoctor();
    Ins ins = insOf(id);
    IGenericClient fhir = FhirClients.json(Fixtures.doctor());

    Patient read = fhir.read().resource(Patient.class).withId(id.value().toString()).execute();
    Bundle found =
        fhir.search()
            .byUrl("Patient?identifier=" + MhdBundles.patientToken(ins))
            .returnBundle(Bundle.class)
            .execute();
    Bundle none =
        fhir.search()
            .byUrl("Patient?identifier=" + MhdBundles.patientToken(Fixtures.newIns()))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(ins.value());
    assertThat(read.getActive()).isTrue();
    assertThat(found.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(id.value().toString());
    assertThat(none.getTotal()).isZero();
    assertThat(
            outcomeOf(() -> fhir.read().resource(Patient.class).withId("pas-un-id").execute())
                .status)
        .isEqualTo(404);
    assertThat(read.getNameFirstRep().getFamily()).isNotBlank();

    // a professional without a basis to read the record learns its state, not who the patient is
    RecordId other = openRecord();
    Patient unknown =
        fhir.read().resource(Patient.class).withId(other.value().toString()).execute();
    assertThat(unknown.getIdentifierFirstRep().getValue()).isEqualTo(insOf(other).value());
    assertThat(unknown.getName()).isEmpty();
    assertThat(unknown.getBirthDate()).isNull();
  }

  @Test
  void aProfessionalWithoutAuthorizationIsRefusedAndTheRefusalAudited() {
    RecordId id = openRecord(); // nobody authorized
    Ins ins = insOf(id);
    DatabaseState before = DatabaseState.of(dataSource);

    Outcome refused =
        outcomeOf(
            () ->
                search(
                    FhirClients.json(Fixtures.doctor()),
                    "patient.identifier=" + MhdBundles.patientToken(ins)));

    assertThat(refused.status).isEqualTo(403);
    assertThat(refused.code).isEqualTo("ACCESS_DENIED");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
  }

  @Test
  void aDocumentHiddenFromProfessionalsIsFoundByItsAuthorOnly() {
    RecordId id = openRecordForDoctor();
    As.run(Fixtures.SOFTWARE, () -> consents.recordOralConsent(Fixtures.otherDoctor(), id, null));
    Ins ins = insOf(id);
    Doc shown = new Doc(Fixtures.contentWith("shown"));
    Doc hidden = new Doc(Fixtures.contentWith("hidden"));
    hidden.confidentiality = "MASQUE_PS";
    provide(FhirClients.json(Fixtures.doctor()), ins, shown, hidden);
    String patient = "patient.identifier=" + MhdBundles.patientToken(ins);

    Bundle byAuthor = search(FhirClients.json(Fixtures.doctor()), patient);
    Bundle byOther = search(FhirClients.json(Fixtures.otherDoctor()), patient);

    assertThat(uniqueIds(byAuthor)).containsExactlyInAnyOrder(shown.uniqueId, hidden.uniqueId);
    // neither listed nor counted
    assertThat(uniqueIds(byOther)).containsExactly(shown.uniqueId);
    assertThat(byOther.getTotal()).isEqualTo(1);
  }

  @Test
  void aDocumentTheCallerMayNotReadIsA404WhetherItExistsOrNot() throws Exception {
    RecordId id = openRecordForDoctor();
    Bundle fed =
        provide(
            FhirClients.json(Fixtures.doctor()),
            insOf(id),
            new Doc(Fixtures.contentWith("secret")));
    String document = idOf(fed.getEntry().get(1).getResponse().getLocation());
    DatabaseState before = DatabaseState.of(dataSource);

    // another doctor, without authorization on this record
    HttpResponse<byte[]> content =
        get(FhirClients.BASE + "/Binary/" + document, Fixtures.otherDoctor());
    HttpResponse<byte[]> unknown =
        get(FhirClients.BASE + "/Binary/" + java.util.UUID.randomUUID(), Fixtures.otherDoctor());

    assertThat(content.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(new String(content.body())).doesNotContain("secret").doesNotContain("ACCESS_DENIED");
    // the refusal is in the patient's access history all the same
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
  }

  @Test
  void withoutAssertionOrCertificateNothingAnswers() throws Exception {
    HttpClient withCertificate =
        HttpClient.newBuilder()
            .sslContext(TestPki.organisation(TestPki.HOSPITAL).sslContext())
            .build();
    HttpResponse<String> noAssertion =
        withCertificate.send(
            HttpRequest.newBuilder(
                    URI.create(FhirClients.BASE + "/DocumentReference?patient.identifier=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpClient withoutCertificate =
        HttpClient.newBuilder().sslContext(TestPki.sslContextWithoutCertificate()).build();
    HttpResponse<String> noCertificate =
        withoutCertificate.send(
            HttpRequest.newBuilder(
                    URI.create(FhirClients.BASE + "/DocumentReference?patient.identifier=y"))
                .header("Authorization", "Bearer " + FhirClients.token(Fixtures.doctor()))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(noAssertion.statusCode()).isEqualTo(401);
    assertThat(noAssertion.body()).contains("OperationOutcome").contains("Authorization");
    // no certificate, no account: the container refuses (no password mechanism on the API)
    assertThat(noCertificate.statusCode()).isEqualTo(403);
  }

  // --- helpers ------------------------------------------------------------------------------

  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";

  /** ITI-65 of these documents for this patient; the transaction-response Bundle. */
  private static Bundle provide(IGenericClient fhir, Ins ins, Doc... docs) {
    return fhir.transaction().withBundle(MhdBundles.provide(ins, docs)).execute();
  }

  private static Bundle search(IGenericClient fhir, String query) {
    return fhir.search().byUrl("DocumentReference?" + query).returnBundle(Bundle.class).execute();
  }

  private static List<String> uniqueIds(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(
            e ->
                ((DocumentReference) e.getResource())
                    .getMasterIdentifier()
                    .getValue()
                    .substring("urn:oid:".length()))
        .toList();
  }

  private static String idOf(String location) {
    return location.split("/")[1];
  }

  record Outcome(int status, String code, String text) {}

  private static Outcome outcomeOf(Runnable call) {
    try {
      call.run();
    } catch (BaseServerResponseException e) {
      IBaseResource body = e.getOperationOutcome();
      if (body instanceof OperationOutcome o) {
        return new Outcome(
            e.getStatusCode(),
            o.getIssueFirstRep().getDiagnostics(),
            o.getIssueFirstRep().getDetails().getText());
      }
      return new Outcome(e.getStatusCode(), null, e.getMessage());
    }
    throw new AssertionError("the server accepted the request");
  }

  private static HttpClient hospital() {
    return HttpClient.newBuilder()
        .sslContext(TestPki.organisation(TestPki.HOSPITAL).sslContext())
        .build();
  }

  private static HttpResponse<byte[]> get(String url, Caller professional) throws Exception {
    return get(url, professional, "*/*");
  }

  private static HttpResponse<byte[]> get(String url, Caller professional, String accept)
      throws Exception {
    return hospital()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + FhirClients.token(professional))
                .header("Accept", accept)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<String> post(String json, Caller professional) throws Exception {
    return hospital()
        .send(
            HttpRequest.newBuilder(URI.create(FhirClients.BASE))
                .header("Authorization", "Bearer " + FhirClients.token(professional))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> put(
      String id, DocumentReference r, String ifMatch, Caller professional) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(FhirClients.BASE + "/DocumentReference/" + id))
              .header("Authorization", "Bearer " + FhirClients.token(professional))
              .header("Content-Type", "application/fhir+json")
              .PUT(
                  HttpRequest.BodyPublishers.ofString(
                      FhirClients.context().newJsonParser().encodeResourceToString(r)));
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      return hospital().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
