package org.dmp.interfaces.rest.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import org.dmp.application.feed.ReimbursementFeeds;
import org.dmp.application.shared.AuthenticatedAccount;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;

/**
 * The insurer's reimbursement feed: {@code POST /feeds/reimbursements} (NDJSON) answers 202 with
 * the job's URL in {@code Location}; {@code GET /feeds/jobs/{id}} and {@code
 * /feeds/jobs/{id}/rejections} follow it. Refusals are answered by the API's error mapper ({@code
 * ApiErrors}), like every non-FHIR endpoint.
 */
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

  static final String NDJSON = "application/x-ndjson";

  @Inject ReimbursementFeeds feeds;
  @Inject AuthenticatedAccount account;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Path("/reimbursements")
  @Consumes(NDJSON)
  public Response submit(@HeaderParam("Content-Length") Long length, InputStream ndjson) {
    FeedJob job = feeds.submit(caller(), ndjson, length);
    URI status = statusUri(job.id());
    return Response.accepted(FeedJson.job(job, status.toString())).location(status).build();
  }

  @GET
  @Path("/jobs/{id}")
  public Response status(@PathParam("id") String id) {
    FeedJobId job = FeedJobId.parse(id);
    return Response.ok(FeedJson.job(feeds.status(caller(), job), statusUri(job).toString()))
        .build();
  }

  @GET
  @Path("/jobs/{id}/rejections")
  public Response rejections(
      @PathParam("id") String id,
      @QueryParam("first") @DefaultValue("0") String first,
      @QueryParam("max") @DefaultValue("1000") String max) {
    int from = integer("first", first);
    return Response.ok(
            FeedJson.rejections(
                feeds.rejections(caller(), FeedJobId.parse(id), from, integer("max", max)), from))
        .build();
  }

  /** A paging parameter: a non-number is the caller's error (400), not an unknown URL (404). */
  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new org.dmp.domain.shared.InvalidValueException(
          "PAGING",
          name + " : un entier est attendu, pas « " + value + " »",
          name + ": an integer is expected, not \"" + value + "\"");
    }
  }

  /** The feeding system this account acts as (the caller check verifies the account may). */
  private Caller caller() {
    String login = security.getUserPrincipal().getName();
    String actorId = account.current().map(AuthenticatedAccount.Grant::actorId).orElse(login);
    return Caller.of(new Actor(ActorKind.FEED_SYSTEM, actorId, login), Channel.REST);
  }

  private URI statusUri(FeedJobId id) {
    return uri.getBaseUriBuilder().path("feeds/jobs/{id}").build(id.toString());
  }
}
