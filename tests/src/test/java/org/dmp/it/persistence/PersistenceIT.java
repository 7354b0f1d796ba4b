package org.dmp.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The persistence stack is the one we chose: EclipseLink on PostgreSQL, schema by Flyway. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PersistenceIT.class);
  }

  @PersistenceContext(unitName = "dmp")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void eclipseLinkIsTheJpaProvider() {
    assertThat(em.getEntityManagerFactory().getClass().getName())
        .startsWith("org.eclipse.persistence.");
    assertThat(em.getDelegate().getClass().getName()).startsWith("org.eclipse.persistence.");
  }

  @Test
  void theSchemaWasCreatedByTheVersionedMigrations() {
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from flyway_schema_history where version = '1' and success"))
        .isEqualTo(1);
  }

  @Test
  void theDatabaseIsPostgreSql() {
    assertThat(Sql.count(dataSource, "select count(*) from pg_catalog.pg_tables")).isPositive();
  }
}
