package org.dmp.interfaces.rest.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.dmp.application.document.DocumentWithContent;
import org.dmp.application.document.Documents;

/**
 * ITI-68 Retrieve Document: {@code GET Binary/{entryUUID}}, the URL in the DocumentReference's
 * attachment, answers the document's bytes with its own content type, after the access policy (an
 * audited reading; a document the caller may not know of is a 404).
 */
@Path("/Binary")
public class BinaryResource {

  @Inject Documents documents;
  @Inject FhirCallers callers;
  @Context HttpServletRequest request;

  @GET
  @Path("/{id}")
  @Produces("*/*")
  public Response retrieve(@PathParam("id") String id) {
    DocumentWithContent read = documents.read(callers.of(request), FhirIds.entry("Binary", id));
    return Response.ok(read.content(), read.document().mimeType())
        .header("Content-Disposition", "inline")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
