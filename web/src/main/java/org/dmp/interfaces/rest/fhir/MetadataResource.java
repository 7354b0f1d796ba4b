package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * {@code GET metadata}: the CapabilityStatement, saying exactly what this server implements (the
 * interactions and search parameters of the classes of this package, nothing more).
 */
@Path("/metadata")
public class MetadataResource {

  @Context UriInfo uri;

  @GET
  @Produces({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public CapabilityStatement capabilities() {
    CapabilityStatement c = new CapabilityStatement();
    c.setStatus(Enumerations.PublicationStatus.ACTIVE);
    c.setDate(new Date());
    c.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    c.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    c.addFormat("application/fhir+json");
    c.addFormat("application/fhir+xml");
    c.setPublisher("DMP");
    c.setDescription(
        "Dossier médical partagé : IHE MHD (ITI-65, ITI-67, ITI-68) et Patient par INS / Shared"
            + " medical record: IHE MHD (ITI-65, ITI-67, ITI-68) and Patient by INS");
    c.getImplementation().setDescription("DMP server").setUrl(uri.getBaseUri().toString());
    c.addInstantiates(
        "https://profiles.ihe.net/ITI/MHD/CapabilityStatement/IHE.MHD.DocumentRecipient");
    c.addInstantiates(
        "https://profiles.ihe.net/ITI/MHD/CapabilityStatement/IHE.MHD.DocumentResponder");
    CapabilityStatementRestComponent rest = c.addRest();
    rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    rest.getSecurity()
        .setDescription(
            "Certificat client TLS de la structure (FINESS) et VIHF signé en « Authorization:"
                + " Bearer <base64url> » / The organisation's TLS client certificate (FINESS) and a"
                + " signed VIHF as \"Authorization: Bearer <base64url>\"");
    rest.addInteraction()
        .setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
        .setDocumentation("ITI-65 Provide Document Bundle");

    CapabilityStatementRestResourceComponent documents =
        resource(
            rest,
            "DocumentReference",
            List.of(
                TypeRestfulInteraction.SEARCHTYPE,
                TypeRestfulInteraction.READ,
                TypeRestfulInteraction.UPDATE));
    search(
        documents,
        "patient.identifier",
        SearchParamType.TOKEN,
        "INS : urn:oid:<OID>|<NIR> (ou / or patient)");
    search(
        documents,
        "patient",
        SearchParamType.REFERENCE,
        "Patient/{id} (ou / or patient.identifier)");
    search(
        documents,
        "status",
        SearchParamType.TOKEN,
        "current (default), superseded, entered-in-error");
    search(documents, "category", SearchParamType.TOKEN, "classCode (TRE_A03)");
    search(documents, "type", SearchParamType.TOKEN, "typeCode, system|code");
    search(documents, "format", SearchParamType.TOKEN, "formatCode, system|code");
    search(documents, "security-label", SearchParamType.TOKEN, "confidentialityCode");
    search(documents, "date", SearchParamType.DATE, "DocumentReference.date: submission time");
    search(documents, "creation", SearchParamType.DATE, "attachment.creation: creationTime");
    search(documents, "period", SearchParamType.DATE, "serviceStartTime / serviceStopTime");
    search(documents, "author.given", SearchParamType.STRING, "in the author's name (and family)");
    search(documents, "author.family", SearchParamType.STRING, "in the author's name (and given)");
    search(documents, "_count", SearchParamType.NUMBER, "page size, 1-500 (20)");
    search(documents, "_offset", SearchParamType.NUMBER, "first result of the page (0)");

    CapabilityStatementRestResourceComponent patients =
        resource(
            rest,
            "Patient",
            List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE));
    search(
        patients,
        "identifier",
        SearchParamType.TOKEN,
        "INS : urn:oid:<OID>|<NIR> (obligatoire / required)");

    resource(rest, "Binary", List.of(TypeRestfulInteraction.READ))
        .setDocumentation("ITI-68 Retrieve Document: the document's bytes, its own content type");
    return c;
  }

  private static CapabilityStatementRestResourceComponent resource(
      CapabilityStatementRestComponent rest,
      String type,
      List<TypeRestfulInteraction> interactions) {
    CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
    for (TypeRestfulInteraction i : interactions) {
      r.addInteraction(new ResourceInteractionComponent().setCode(i));
    }
    return r;
  }

  private static void search(
      CapabilityStatementRestResourceComponent r, String name, SearchParamType type, String doc) {
    r.addSearchParam().setName(name).setType(type).setDocumentation(doc);
  }
}
