package org.dmp.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's unavailability, as the container hands them over. */
class DatabaseUnavailableExceptionTest {

  @Test
  void aCommitThatLostItsConnectionIsTheDatabaseUnavailable() {
    // as WildFly reports it: the connection's error attached to the rollback as suppressed
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(
        new ResourceException(
            "SQLException",
            new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01")));
    var failure = new EJBTransactionRolledbackException("rolled back", rollback);

    assertThat(DatabaseUnavailableException.causing(failure))
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("DATABASE_UNAVAILABLE"));
  }

  @Test
  void aRefusedConnectionIsTheDatabaseUnavailable() {
    var failure =
        new IllegalStateException(
            new SQLException("Connection to 127.0.0.1:5491 refused", "08001"));

    assertThat(DatabaseUnavailableException.causing(failure)).isPresent();
  }

  @Test
  void otherFailuresAreNot() {
    var constraint = new SQLException("duplicate key value violates unique constraint", "23505");

    assertThat(DatabaseUnavailableException.causing(new IllegalStateException(constraint)))
        .isEmpty();
    assertThat(DatabaseUnavailableException.causing(new NullPointerException())).isEmpty();
  }
}
