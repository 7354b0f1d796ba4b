package org.dmp.it.support.web;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The test database, from the tests' JVM (tests/pom.xml passes its address). */
public final class ClientDatabase {

  private ClientDatabase() {}

  public static DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(System.getProperty("dmp.test.db.url"));
    dataSource.setUser(System.getProperty("dmp.test.db.user"));
    dataSource.setPassword(System.getProperty("dmp.test.db.password"));
    return dataSource;
  }
}
