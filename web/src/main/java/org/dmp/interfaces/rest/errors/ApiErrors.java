package org.dmp.interfaces.rest.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.dmp.domain.shared.DmpException;

/**
 * A refusal of a non-FHIR endpoint as JSON: {@code {"code": …, "message": {"fr": …, "en": …}}} with
 * the status of {@link HttpStatuses}; an unexpected failure is a 500 with a log reference only.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = HttpStatuses.cause(thrown);
    if (e instanceof DmpException d) {
      String[] text = HttpStatuses.messages(d);
      return error(HttpStatuses.of(d), d.code(), text[0], text[1]);
    }
    if (e instanceof EJBAccessException) {
      return error(
          403,
          "ROLE_DENIED",
          "Ce compte n'a pas accès à cette opération",
          "This account may not use this operation");
    }
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      return w.getResponse();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "REST request failed, reference " + reference, thrown);
    return error(
        500,
        "INTERNAL_ERROR",
        "Erreur interne, référence " + reference,
        "Internal error, reference " + reference);
  }

  private static Response error(int status, String code, String french, String english) {
    Response.ResponseBuilder response = Response.status(status);
    if (status == 503) {
      response.header("Retry-After", HttpStatuses.RETRY_AFTER_SECONDS);
    }
    return response
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("code", code)
                .add("message", Json.createObjectBuilder().add("fr", french).add("en", english))
                .build())
        .build();
  }
}
