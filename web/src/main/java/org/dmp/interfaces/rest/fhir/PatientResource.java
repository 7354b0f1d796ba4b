package org.dmp.interfaces.rest.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.dmp.application.record.Records;
import org.dmp.domain.record.RecordNotFoundException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code Patient/{id}} (id = the record's id) and {@code Patient?identifier=<INS system>|<NIR>}:
 * the record's patient as the caller may see it; reading it is an audited reading of the record.
 */
@Path("/Patient")
@Produces({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class PatientResource {

  @Inject Records records;
  @Inject FhirCallers callers;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  @GET
  @Path("/{id}")
  public Patient read(@PathParam("id") String id) {
    return Patients.of(records.get(callers.of(request), FhirIds.record(id)));
  }

  @GET
  public Bundle search() {
    SearchParameters parameters = new SearchParameters(uri, Set.of("identifier"));
    String identifier = parameters.required("identifier");
    Bundle bundle = Searches.searchset();
    try {
      Patient patient =
          Patients.of(records.find(callers.of(request), Patients.insOf(identifier, "identifier")));
      Searches.page(bundle, List.of(patient), 1, uri, 0, 1);
    } catch (RecordNotFoundException e) {
      Searches.page(bundle, List.of(), 0, uri, 0, 1);
    }
    return bundle;
  }
}
