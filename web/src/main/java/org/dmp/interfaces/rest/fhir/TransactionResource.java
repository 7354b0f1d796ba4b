package org.dmp.interfaces.rest.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.Documents;
import org.dmp.application.document.SubmissionView;
import org.dmp.domain.actor.Caller;
import org.hl7.fhir.r4.model.Bundle;

/**
 * ITI-65 Provide Document Bundle: a transaction Bundle posted to the FHIR base, fed as one XDS
 * submission set (every document or none, replacements by {@code relatesTo}), exactly as ITI-41
 * feeds it. The answer is the transaction-response Bundle, an entry per submitted entry in the same
 * order, with its status and location.
 */
@Path("/")
public class TransactionResource {

  @Inject Documents documents;
  @Inject Clock clock;
  @Inject FhirCallers callers;
  @Context HttpServletRequest request;

  @POST
  @Consumes({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  @Produces({Fhir.JSON, Fhir.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public Bundle transaction(Bundle bundle) {
    Caller caller = callers.of(request);
    ProvideBundle.Read read = ProvideBundle.read(bundle, caller.actor(), clock.instant());
    SubmissionView fed = documents.submit(caller, read.patient(), read.set(), read.documents());
    Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      response.addEntry().getResponse().setStatus("201 Created");
    }
    response
        .getEntry()
        .get(read.setEntry())
        .getResponse()
        .setLocation("List/" + fed.set().entryUuid().value());
    for (int d = 0; d < read.documentEntries().size(); d++) {
      int entry = read.documentEntries().get(d);
      DocumentView doc = fed.documents().get(d);
      response
          .getEntry()
          .get(entry)
          .getResponse()
          .setLocation(
              "DocumentReference/"
                  + doc.entryUuid().value()
                  + "/_history/"
                  + doc.metadataVersion());
      response
          .getEntry()
          .get(read.binaryOfDocument().get(entry))
          .getResponse()
          .setLocation("Binary/" + doc.entryUuid().value());
    }
    return response;
  }
}
