package org.dmp.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dmp.application.operations.ReadinessProbe;

/** The database answers, and its schema was migrated by this deployment. */
@ApplicationScoped
public class DatabaseProbe implements ReadinessProbe {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public String name() {
    return "database";
  }

  @Override
  public boolean ready() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(TIMEOUT_SECONDS) && migration.version() != null;
    } catch (SQLException e) {
      return false;
    }
  }
}
