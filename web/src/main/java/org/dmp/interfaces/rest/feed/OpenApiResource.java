package org.dmp.interfaces.rest.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/**
 * {@code GET /dmp/api/feeds/openapi.yaml}: the OpenAPI 3.0 description of the bulk-feed endpoints,
 * kept by hand beside the resource it describes (the FHIR endpoints have their CapabilityStatement
 * instead).
 */
@Path("/feeds/openapi.yaml")
public class OpenApiResource {

  @GET
  @Produces("application/yaml")
  public InputStream description() {
    return OpenApiResource.class.getResourceAsStream("openapi.yaml");
  }
}
