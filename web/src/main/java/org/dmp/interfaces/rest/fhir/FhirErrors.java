package org.dmp.interfaces.rest.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.dmp.domain.shared.DmpException;
import org.dmp.infrastructure.assertion.InvalidAssertionException;
import org.dmp.interfaces.rest.errors.HttpStatuses;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Every failure of a FHIR request as an OperationOutcome with its HTTP status: the DMP's stable
 * error code in {@code diagnostics}, the message in French then English in {@code details.text},
 * the element at fault in {@code expression} when known. An unexpected failure is a 500 with a log
 * reference and nothing of its cause.
 */
@Provider
public class FhirErrors implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger(FhirErrors.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = HttpStatuses.cause(thrown);
    if (e instanceof FhirInputException f) {
      return outcome(
          f.status(),
          issueType(f.status()),
          "INVALID_FHIR",
          f.french(),
          f.english(),
          f.expression());
    }
    if (e instanceof DataFormatException f) {
      return outcome(
          400,
          IssueType.STRUCTURE,
          "INVALID_FHIR",
          "Ressource FHIR invalide : " + f.getMessage(),
          "Invalid FHIR resource: " + f.getMessage(),
          null);
    }
    if (e instanceof InvalidAssertionException a) {
      // as the SOAP interceptor does: a refused identity is worth an operator's look
      LOG.log(Level.WARNING, "FHIR request refused: " + a.code() + " " + a.getMessage());
    }
    if (e instanceof DmpException d) {
      int status = HttpStatuses.of(d);
      String[] text = HttpStatuses.messages(d);
      return outcome(status, issueType(status), d.code(), text[0], text[1], null);
    }
    if (e instanceof EJBAccessException) {
      return outcome(
          403,
          IssueType.FORBIDDEN,
          "ROLE_DENIED",
          "Ce compte n'a pas accès à cette opération",
          "This account may not use this operation",
          null);
    }
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      return outcome(
          status,
          issueType(status),
          "HTTP_" + status,
          "Requête refusée (" + status + ") : " + w.getMessage(),
          "Request refused (" + status + "): " + w.getMessage(),
          null);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "FHIR request failed, reference " + reference, thrown);
    return outcome(
        500,
        IssueType.EXCEPTION,
        "INTERNAL_ERROR",
        "Erreur interne, référence " + reference,
        "Internal error, reference " + reference,
        null);
  }

  private static IssueType issueType(int status) {
    return switch (status) {
      case 401 -> IssueType.LOGIN;
      case 403 -> IssueType.FORBIDDEN;
      case 404 -> IssueType.NOTFOUND;
      case 409 -> IssueType.DUPLICATE;
      case 412 -> IssueType.CONFLICT;
      case 413 -> IssueType.TOOLONG;
      case 422 -> IssueType.BUSINESSRULE;
      case 503 -> IssueType.TRANSIENT;
      default -> IssueType.INVALID;
    };
  }

  private Response outcome(
      int status, IssueType type, String code, String french, String english, String expression) {
    OperationOutcome outcome = new OperationOutcome();
    OperationOutcome.OperationOutcomeIssueComponent issue =
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(code);
    issue.getDetails().setText(french + " / " + english);
    if (expression != null) {
      issue.addExpression(expression);
    }
    Response.ResponseBuilder response = Response.status(status).entity(outcome).type(format());
    if (status == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"DMP\"");
    }
    if (status == 503) {
      response.header(HttpHeaders.RETRY_AFTER, HttpStatuses.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  private MediaType format() {
    if (headers != null) {
      for (MediaType accepted : headers.getAcceptableMediaTypes()) {
        if (Fhir.isXml(accepted)) {
          return Fhir.XML_TYPE;
        }
        if (accepted.getSubtype().contains("json")) {
          return Fhir.JSON_TYPE;
        }
      }
    }
    return Fhir.JSON_TYPE;
  }
}
