package org.dmp.interfaces.rest.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dmp.application.document.DocumentQueries;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.Documents;
import org.dmp.application.document.MetadataUpdate;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentQuery;
import org.dmp.domain.document.TimeRange;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Resource;

/**
 * ITI-67 Find Document References ({@code GET DocumentReference?…}, filtered by the access policy),
 * the read of one ({@code GET DocumentReference/{id}}, id = entryUUID), and its update ({@code PUT
 * DocumentReference/{id}}): of everything a DocumentReference holds, only its confidentiality
 * ({@code securityLabel}) and its status ({@code status}, with the DMP's {@code archived}
 * extension) change, as XDS ITI-57 changes them: a new confidentiality is a new metadata version, a
 * status change keeps the version. {@code If-Match: W/"<version>"} makes the update conditional
 * (412 when the document has moved on).
 */
@Path("/DocumentReference")
@Produces({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class DocumentReferenceResource {

  @Inject DocumentQueries queries;
  @Inject Documents documents;
  @Inject FhirCallers callers;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  @GET
  public Bundle search() {
    SearchParameters parameters = new SearchParameters(uri, DocumentSearch.SUPPORTED);
    int count = parameters.count();
    int offset = parameters.offset();
    TimeRange submitted = DocumentSearch.submitted(parameters);
    List<DocumentView> found =
        new ArrayList<>(
            find(parameters).stream()
                // the registry's query knows no submission time; the entries are already the
                // caller's, this only narrows them
                .filter(d -> submitted.contains(d.submittedAt()))
                .toList());
    // newest first, as a professional reads a record
    // (the entryUUID breaks ties, so that pages neither repeat nor skip an entry)
    found.sort(
        Comparator.comparing(DocumentView::submittedAt)
            .reversed()
            .thenComparing(d -> d.entryUuid().value()));
    // only the page becomes FHIR resources
    String base = uri.getBaseUri().toString();
    List<Resource> page = new ArrayList<>();
    Searches.slice(found, offset, count).forEach(d -> page.add(DocumentReferences.of(d, base)));
    Bundle bundle = Searches.searchset();
    Searches.page(bundle, page, found.size(), uri, offset, count);
    return bundle;
  }

  private List<DocumentView> find(SearchParameters parameters) {
    // who asks first: a caller without a valid assertion learns nothing, not even a 400
    Caller caller = callers.of(request);
    Object patient = DocumentSearch.patient(parameters);
    DocumentQuery query = DocumentSearch.query(parameters);
    return patient instanceof Ins ins
        ? queries.find(caller, ins, query)
        : queries.find(caller, (RecordId) patient, query);
  }

  @GET
  @Path("/{id}")
  public Response read(@PathParam("id") String id) {
    DocumentView d = current(callers.of(request), id);
    return Response.ok(DocumentReferences.of(d, uri.getBaseUri().toString()))
        .tag(version(d))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      DocumentReference submitted) {
    // what the request asks for, checked before anything is read
    if (submitted.hasId() && !id.equals(submitted.getIdElement().getIdPart())) {
      throw FhirInputException.invalid(
          "DocumentReference.id",
          "l'id de la ressource ("
              + submitted.getIdElement().getIdPart()
              + ") n'est pas celui de l'URL",
          "the resource id (" + submitted.getIdElement().getIdPart() + ") is not the URL's");
    }
    AvailabilityStatus target = status(submitted);
    Set<ConfidentialityCode> codes = confidentiality(submitted);
    Caller caller = callers.of(request);
    DocumentView d = current(caller, id);
    requireMatch(ifMatch, d);
    // the status first: it keeps the entry; a new confidentiality then makes the new version
    List<MetadataUpdate> updates = new ArrayList<>();
    if (target != d.status()) {
      updates.add(new MetadataUpdate.Status(d.entryUuid(), d.status(), target));
    }
    if (!codes.equals(d.confidentiality())) {
      updates.add(new MetadataUpdate.Confidentiality(d.logicalId(), d.metadataVersion(), codes));
    }
    if (updates.isEmpty()) {
      return Response.ok(DocumentReferences.of(d, uri.getBaseUri().toString()))
          .tag(version(d))
          .build();
    }
    List<DocumentView> updated = documents.updateMetadata(caller, updates);
    DocumentView now = updated.get(updated.size() - 1);
    // after a confidentiality change, the new version (a new entry of the same logical document)
    return Response.ok(DocumentReferences.of(now, uri.getBaseUri().toString()))
        .tag(version(now))
        .build();
  }

  private DocumentView current(Caller caller, String id) {
    return queries.byEntryUuids(caller, List.of(FhirIds.entry("DocumentReference", id))).stream()
        .findFirst()
        .orElseThrow(
            () -> FhirInputException.notFound("DocumentReference", "DocumentReference/" + id));
  }

  /**
   * The entry's state as an ETag: its metadata version (XDS's, {@code meta.versionId}) and its
   * availability status, which changes without a new version (archive, delete, restore).
   */
  private static EntityTag version(DocumentView d) {
    return new EntityTag(
        d.metadataVersion() + "-" + d.status().name().toLowerCase(java.util.Locale.ROOT), true);
  }

  /**
   * {@code If-Match}: the ETag read ({@code W/"2-approved"}), or the version alone ({@code W/"2"},
   * {@code "2"}), or {@code *}; anything else than the current state is a 412, nothing changed.
   */
  private static void requireMatch(String ifMatch, DocumentView d) {
    if (ifMatch == null || ifMatch.strip().equals("*")) {
      return;
    }
    String claimed = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    String current = version(d).getValue();
    if (!claimed.equals(current) && !claimed.equals(String.valueOf(d.metadataVersion()))) {
      throw new FhirInputException(
          412,
          "If-Match",
          "le document est à l'état " + current + ", pas " + ifMatch,
          "the document is at " + current + ", not " + ifMatch);
    }
  }

  private static Set<ConfidentialityCode> confidentiality(DocumentReference r) {
    if (r.getSecurityLabel().isEmpty()) {
      throw FhirInputException.missing("DocumentReference.securityLabel");
    }
    Set<ConfidentialityCode> codes = EnumSet.noneOf(ConfidentialityCode.class);
    for (CodeableConcept label : r.getSecurityLabel()) {
      codes.add(ConfidentialityCode.ofCode(label.getCodingFirstRep().getCode()));
    }
    return codes;
  }

  private static AvailabilityStatus status(DocumentReference r) {
    if (!r.hasStatus()) {
      throw FhirInputException.missing("DocumentReference.status");
    }
    DocumentReferenceStatus status = r.getStatus();
    org.hl7.fhir.r4.model.Extension extension = r.getExtensionByUrl(Fhir.ARCHIVED);
    if (extension != null && !(extension.getValue() instanceof BooleanType)) {
      throw FhirInputException.invalid(
          "DocumentReference.extension(archived)",
          "l'extension archived porte un valueBoolean",
          "the archived extension carries a valueBoolean");
    }
    boolean archived = extension != null && ((BooleanType) extension.getValue()).booleanValue();
    return switch (status) {
      case CURRENT -> archived ? AvailabilityStatus.ARCHIVED : AvailabilityStatus.APPROVED;
      case ENTEREDINERROR -> AvailabilityStatus.DELETED;
      default ->
          throw FhirInputException.unprocessable(
              "DocumentReference.status",
              "seuls current (avec l'extension archived pour archiver) et entered-in-error"
                  + " (supprimer) sont possibles ; superseded résulte d'un remplacement",
              "only current (with the archived extension to archive) and entered-in-error"
                  + " (delete) are possible; superseded comes from a replacement");
    };
  }
}
