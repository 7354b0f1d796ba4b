package org.dmp.interfaces.rest.errors;

import java.util.Set;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.shared.CallerMismatchException;
import org.dmp.domain.document.DocumentNotFoundException;
import org.dmp.domain.feed.FeedJobNotFoundException;
import org.dmp.domain.record.ConsentRequiredException;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.infrastructure.assertion.InvalidAssertionException;
import org.dmp.infrastructure.persistence.DatabaseUnavailableException;

/** The HTTP status of a DMP error, the same on every REST endpoint. */
public final class HttpStatuses {

  /** Codes that name an existing entry the request conflicts with. */
  private static final Set<String> CONFLICTS =
      Set.of(
          "DUPLICATE_UNIQUE_ID",
          "DUPLICATE_ENTRY_UUID",
          "DUPLICATE_SUBMISSION_SET",
          "ENTRY_NOT_CURRENT",
          "RECORD_EXISTS");

  private HttpStatuses() {}

  public static int of(DmpException e) {
    if (e instanceof DatabaseUnavailableException) {
      return 503;
    }
    if (e instanceof InvalidAssertionException) {
      return 401;
    }
    if (e instanceof AccessDeniedException
        || e instanceof CallerMismatchException
        || e instanceof ConsentRequiredException) {
      return 403;
    }
    if (e instanceof RecordNotFoundException
        || e instanceof DocumentNotFoundException
        || e instanceof FeedJobNotFoundException) {
      return 404;
    }
    if (CONFLICTS.contains(e.code())) {
      return 409;
    }
    if ("STATUS_MISMATCH".equals(e.code())) {
      return 412;
    }
    if ("CONTENT_TOO_LARGE".equals(e.code()) || "FEED_TOO_LARGE".equals(e.code())) {
      return 413;
    }
    if (e instanceof InvalidValueException) {
      return 400;
    }
    // well-formed, but refused by a rule of the record or the document (hash, replaced entry…)
    return 422;
  }

  /**
   * What failed: the cause an EJBException wraps (a system exception of a service), but never below
   * an EJBAccessException, which is itself the answer (a role refused); a lost database connection
   * anywhere below is the refusal {@link DatabaseUnavailableException}.
   */
  public static Throwable cause(Throwable thrown) {
    Throwable e = thrown;
    while (e instanceof jakarta.ejb.EJBException
        && !(e instanceof jakarta.ejb.EJBAccessException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof DmpException || e instanceof jakarta.ejb.EJBAccessException) {
      return e;
    }
    Throwable cause = e;
    return DatabaseUnavailableException.causing(thrown).<Throwable>map(u -> u).orElse(cause);
  }

  /** Seconds a client should wait before retrying a 503 (the database restarting). */
  public static final String RETRY_AFTER_SECONDS = "5";

  /** The French and English halves of a DMP error's message. */
  public static String[] messages(DmpException e) {
    String[] text = e.getMessage().split(" / ", 2);
    return new String[] {text[0], text.length > 1 ? text[1] : text[0]};
  }
}
