package org.dmp.it.support.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.AddAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.IdentityTraits;
import org.dmp.interfaces.ws.contract.patients.OpeningChannel;
import org.dmp.interfaces.ws.contract.patients.Sex;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.fhir.MhdBundles.Doc;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;

/**
 * What professionals' software does around a patient's pages, from the tests' JVM as it would:
 * record the patient's oral consent (SOAP), feed documents and search or read them (FHIR, the
 * hospital's certificate and the professional's VIHF).
 */
public final class ProfessionalSoftware {

  private ProfessionalSoftware() {}

  public static void authorize(Caller professional, Ins ins) throws Exception {
    AddAuthorizationRequest add = new AddAuthorizationRequest();
    add.setIns(wireIns(ins));
    SoapPorts.patients(professional).addAuthorization(add);
  }

  /** A new record opened by the usual doctor's software, the patient consenting; its INS. */
  public static Ins openRecord() throws Exception {
    Ins ins = Fixtures.newIns();
    SoapPorts.patients(Fixtures.doctor()).createRecord(creation(ins));
    return ins;
  }

  /** A CreateRecord for {@code ins} (Jeanne Louise MARTIN), channel PROFESSIONAL, consent given. */
  public static CreateRecordRequest creation(Ins ins) throws Exception {
    CreateRecordRequest r = new CreateRecordRequest();
    r.setIns(wireIns(ins));
    IdentityTraits t = new IdentityTraits();
    t.setBirthName("MARTIN");
    t.setFirstNames("Jeanne Louise");
    t.setSex(Sex.F);
    t.setBirthDate(DatatypeFactory.newInstance().newXMLGregorianCalendar("1948-03-14"));
    t.setBirthPlaceCode("75056");
    r.setIdentity(t);
    r.setChannel(OpeningChannel.PROFESSIONAL);
    r.setPatientConsent(true);
    return r;
  }

  public static org.dmp.interfaces.ws.contract.patients.Ins wireIns(Ins ins) {
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(ins.value());
    wire.setOid(ins.oid());
    return wire;
  }

  public static Doc doc(String title, String classCode, String typeCode, String confidentiality) {
    Doc d = new Doc(Fixtures.contentWith(title));
    d.title = title;
    d.classCode = classCode;
    d.typeCode = typeCode;
    d.confidentiality = confidentiality;
    return d;
  }

  /** Fed by the doctor through the hospital's software (ITI-65). */
  public static void feed(Ins ins, Doc doc) {
    FhirClients.json(Fixtures.doctor())
        .transaction()
        .withBundle(MhdBundles.provide(ins, doc))
        .execute();
  }

  public static Bundle search(Caller professional, Ins ins) {
    return FhirClients.json(professional)
        .search()
        .byUrl("DocumentReference?patient.identifier=" + MhdBundles.patientToken(ins))
        .returnBundle(Bundle.class)
        .execute();
  }

  public static List<String> titles(Bundle found) {
    return found.getEntry().stream()
        .map(
            e ->
                ((DocumentReference) e.getResource())
                    .getContentFirstRep()
                    .getAttachment()
                    .getTitle())
        .toList();
  }

  public static DocumentReference only(Bundle found, String title) {
    return found.getEntry().stream()
        .map(e -> (DocumentReference) e.getResource())
        .filter(r -> title.equals(r.getContentFirstRep().getAttachment().getTitle()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not found: " + title));
  }

  public static HttpResponse<byte[]> get(String url, Caller professional) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(TestPki.organisation(TestPki.HOSPITAL).sslContext())
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + FhirClients.token(professional))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
