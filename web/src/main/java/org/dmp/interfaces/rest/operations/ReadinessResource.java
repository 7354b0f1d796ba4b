package org.dmp.interfaces.rest.operations;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.dmp.application.operations.Readiness;

/**
 * {@code GET /dmp/api/ready}: 200 when the server can serve, 503 otherwise, with each check's
 * answer. For load balancers and {@code ./dmp start}; reachable without authentication and reveals
 * nothing but readiness.
 */
@Path("/ready")
public class ReadinessResource {

  @Inject Readiness readiness;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response ready() {
    Map<String, Boolean> checks = readiness.check();
    boolean ready = !checks.isEmpty() && checks.values().stream().allMatch(Boolean::booleanValue);
    JsonObjectBuilder body = Json.createObjectBuilder().add("status", ready ? "UP" : "DOWN");
    JsonObjectBuilder detail = Json.createObjectBuilder();
    checks.forEach((name, ok) -> detail.add(name, ok ? "UP" : "DOWN"));
    body.add("checks", detail);
    return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body.build())
        .build();
  }
}
