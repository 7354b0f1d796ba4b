package org.dmp.infrastructure.persistence;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * PostgreSQL could not be reached, or dropped the connection (restarted, stopped, failed over): the
 * request could not be served, nothing of it was kept (its transaction rolled back), and the same
 * request will succeed once the database is back — the datasource validates its connections at
 * checkout and replaces the broken ones (config/cli/datasource.cli), so no restart is needed.
 *
 * <p>The container throws the driver's or the connection pool's failure, wrapped by EJB and JPA;
 * the boundaries find it with {@link #causing(Throwable)} and answer it as this refusal (503 on
 * REST and FHIR, an XDS error or SOAP fault with code {@value #CODE}) instead of an internal error.
 */
public final class DatabaseUnavailableException extends org.dmp.domain.shared.DmpException {

  public static final String CODE = "DATABASE_UNAVAILABLE";

  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableException.class.getName());
  private static final int DEPTH = 30;

  private DatabaseUnavailableException() {
    super(
        CODE,
        "Base de données momentanément indisponible, la demande n'a pas été prise en compte :"
            + " réessayez dans un instant",
        "Database temporarily unavailable, the request was not taken into account: try again in a"
            + " moment");
  }

  /**
   * This refusal when {@code failure} was caused by a lost or refused database connection (SQL
   * state class 08, or 57P0x: the server shutting down or starting; or the pool unable to give a
   * connection); logged in one line, the cause's own words, for the operator.
   */
  public static Optional<DatabaseUnavailableException> causing(Throwable failure) {
    Throwable t = failure;
    for (int i = 0; t != null && i < DEPTH; i++) {
      if (connectionLost(t)) {
        LOG.warning("database unavailable: " + t);
        return Optional.of(new DatabaseUnavailableException());
      }
      Throwable next = t.getCause();
      if (next == null) {
        next = internalException(t);
      }
      if (next == null && t instanceof SQLException s) {
        next = s.getNextException();
      }
      t = next == t ? null : next;
    }
    return Optional.empty();
  }

  /** EclipseLink's exceptions keep their cause as an "internal exception" (not in the API here). */
  private static Throwable internalException(Throwable t) {
    try {
      return t.getClass().getMethod("getInternalException").invoke(t) instanceof Throwable i
          ? i
          : null;
    } catch (ReflectiveOperationException | RuntimeException notEclipseLink) {
      return null;
    }
  }

  private static boolean connectionLost(Throwable t) {
    if (t instanceof ResourceException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException s && s.getSQLState() != null) {
      return s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0");
    }
    return false;
  }
}
