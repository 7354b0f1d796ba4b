package org.dmp.interfaces.rest.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dmp.application.access.AccessDeniedException;
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
    DocumentWithContent read;
    try {
      read = documents.read(callers.of(request), FhirIds.entry("Binary", id));
    } catch (AccessDeniedException e) {
      // as DocumentReference/{id}: a refusal must not confirm the document exists (it is audited)
      throw FhirInputException.notFound("Binary", "Binary/" + id);
    }
    return Response.ok(read.content(), mediaType(read.document().mimeType()))
        .header("Content-Disposition", "inline")
        .header("X-Content-Type-Options", "nosniff")
        // the content is the patient's document, never a page of this server
        .header("Content-Security-Policy", "sandbox")
        .build();
  }

  /** The document's MIME type, or bytes without a type when it is not a valid media type. */
  private static MediaType mediaType(String mimeType) {
    try {
      return MediaType.valueOf(mimeType);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
  }
}
