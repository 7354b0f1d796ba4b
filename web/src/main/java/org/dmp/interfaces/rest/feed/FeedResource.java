package org.dmp.interfaces.rest.feed;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.function.Supplier;
import org.dmp.application.feed.ReimbursementFeeds;
import org.dmp.application.shared.AuthenticatedAccount;
import org.dmp.application.shared.CallerMismatchException;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobNotFoundException;
import org.dmp.domain.feed.FeedRejectedException;
import org.dmp.domain.shared.DmpException;

/**
 * The insurer's reimbursement feed: {@code POST /feeds/reimbursements} (NDJSON) answers 202 with
 * the job's URL in {@code Location}; {@code GET /feeds/jobs/{id}} and {@code
 * /feeds/jobs/{id}/rejections} follow it.
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
  public Response submit(InputStream ndjson) {
    return answer(
        () -> {
          FeedJob job = feeds.submit(caller(), ndjson);
          URI status = statusUri(job.id());
          return Response.accepted(FeedJson.job(job, status.toString())).location(status).build();
        });
  }

  @GET
  @Path("/jobs/{id}")
  public Response status(@PathParam("id") String id) {
    return answer(
        () -> {
          FeedJobId job = FeedJobId.parse(id);
          return Response.ok(FeedJson.job(feeds.status(caller(), job), statusUri(job).toString()))
              .build();
        });
  }

  @GET
  @Path("/jobs/{id}/rejections")
  public Response rejections(
      @PathParam("id") String id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("1000") int max) {
    return answer(
        () ->
            Response.ok(
                    FeedJson.rejections(
                        feeds.rejections(caller(), FeedJobId.parse(id), first, max), first))
                .build());
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

  /**
   * Refusals as JSON with their code: 404 unknown job, 413 over the request limit, 403 not allowed,
   * 400 anything else.
   */
  private static Response answer(Supplier<Response> call) {
    try {
      return call.get();
    } catch (FeedJobNotFoundException e) {
      return Response.status(Response.Status.NOT_FOUND).entity(FeedJson.error(e)).build();
    } catch (FeedRejectedException e) {
      Response.Status status =
          e.code().equals("FEED_TOO_LARGE")
              ? Response.Status.REQUEST_ENTITY_TOO_LARGE
              : Response.Status.BAD_REQUEST;
      return Response.status(status).entity(FeedJson.error(e)).build();
    } catch (CallerMismatchException e) {
      return Response.status(Response.Status.FORBIDDEN).entity(FeedJson.error(e)).build();
    } catch (DmpException e) {
      return Response.status(Response.Status.BAD_REQUEST).entity(FeedJson.error(e)).build();
    } catch (EJBAccessException e) {
      return Response.status(Response.Status.FORBIDDEN)
          .entity(
              FeedJson.error(
                  "FEED_ROLE",
                  "Réservé aux systèmes d'alimentation (rôle FEED_SYSTEM) / Reserved to feeding"
                      + " systems (role FEED_SYSTEM)"))
          .build();
    }
  }
}
