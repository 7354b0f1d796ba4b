package org.dmp.interfaces.rest.audit;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.dmp.application.audit.AuditVerification;
import org.dmp.application.shared.AuthenticatedAccount;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.verification.BrokenLink;
import org.dmp.domain.audit.verification.TrailReport;
import org.dmp.domain.record.RecordId;

/**
 * {@code GET /audit/verification}: verifies the whole audit trail, or with {@code record=<id>} one
 * record's chain, and answers {@code intact}, what was checked and the first broken link.
 */
@Path("/audit/verification")
public class AuditVerificationResource {

  @Inject AuditVerification verification;
  @Inject AuthenticatedAccount account;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject verify(@QueryParam("record") String record) {
    TrailReport report =
        record == null
            ? verification.wholeTrail(auditor())
            : verification.record(auditor(), RecordId.parse(record.strip()));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("intact", report.intact())
            .add("chains", report.chains())
            .add("events", report.events())
            .add("anchors", report.anchors());
    if (record != null) {
      body.add("record", record.strip());
    }
    BrokenLink broken = report.firstBroken();
    if (broken != null) {
      JsonObjectBuilder link =
          Json.createObjectBuilder()
              .add("chain", broken.chainId())
              .add("seq", broken.seq())
              .add("problem", broken.problem().name())
              .add("fr", broken.french())
              .add("en", broken.english());
      if (broken.eventId() != null) {
        link.add("eventId", broken.eventId().toString());
      }
      body.add("firstBroken", link);
    }
    return body.build();
  }

  /** The auditor this account is (the caller check verifies the account may act as them). */
  private Caller auditor() {
    String login = security.getUserPrincipal().getName();
    String actorId = account.current().map(AuthenticatedAccount.Grant::actorId).orElse(login);
    return Caller.of(new Actor(ActorKind.AUDITOR, actorId, login), Channel.REST);
  }
}
