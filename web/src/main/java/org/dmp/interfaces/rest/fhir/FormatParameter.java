package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * FHIR's {@code _format} parameter ({@code json}, {@code xml} or a media type) overrides the Accept
 * header, for clients that cannot set it; without either, JSON. An unknown value is a 400.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("_format");
    if (format == null) {
      return;
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    String accept =
        switch (f) {
          case "json", "application/json", Fhir.JSON -> Fhir.JSON;
          case "xml", "text/xml", "application/xml", Fhir.XML -> Fhir.XML;
          default ->
              throw FhirInputException.invalid(
                  "_format",
                  "_format inconnu : « " + format + " » (json ou xml)",
                  "unknown _format: \"" + format + "\" (json or xml)");
        };
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
  }
}
