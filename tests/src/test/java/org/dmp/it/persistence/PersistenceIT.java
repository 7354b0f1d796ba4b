package org.dmp.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Random;
import javax.sql.DataSource;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Professional;
import org.dmp.domain.professional.ProfessionalDirectory;
import org.dmp.domain.professional.Rpps;
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

  @Inject ProfessionalDirectory directory;
  @Resource UserTransaction transaction;

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
  void theProfessionalDirectoryKeepsWhatTheNationalDirectorySays() throws Exception {
    Rpps rpps =
        Rpps.withCheckDigit(String.valueOf(1_000_000_000L + new Random().nextInt(999_999_999)));
    Professional nurse =
        new Professional(
            rpps,
            "LEROY",
            "Anne",
            Profession.NURSE,
            null,
            new Finess("2A0000001"),
            "Cabinet infirmier");

    transaction.begin();
    directory.save(nurse);
    transaction.commit();

    Professional found = directory.find(rpps).orElseThrow();
    assertThat(found.profession()).isEqualTo(Profession.NURSE);
    assertThat(found.finess()).isEqualTo(new Finess("2A0000001"));
    assertThat(found.familyName()).isEqualTo("LEROY");
  }

  @Test
  void theDatabaseIsPostgreSql() {
    assertThat(Sql.count(dataSource, "select count(*) from pg_catalog.pg_tables")).isPositive();
  }
}
