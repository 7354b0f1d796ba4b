package org.dmp.it.support.web;

import java.io.File;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the pages, from outside the server as a person uses them: the EAR as built, a fresh
 * headless browser per test, the test database for what a test must set up or check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WebIT {

  protected final DataSource db = ClientDatabase.dataSource();
  protected Browser browser;

  /** The EAR as built: everything is done from outside the server. */
  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("dmp.ear", "../ear/target/dmp.ear")));
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser(getClass());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** A login nobody else uses, so that tests never share an account. */
  protected static String uniqueLogin(String prefix) {
    return prefix
        + "-"
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(UUID.randomUUID().toString().getBytes())
            .substring(0, 10)
            .toLowerCase()
            .replace('_', 'x')
            .replace('-', 'y');
  }

  /** A counter agent's account, with the name and counter the pages show. */
  protected String agent(String name, String counter) {
    String login = uniqueLogin("agent");
    TestAccounts.ensure(db, login, "COUNTER_AGENT", login, "COUNTER_AGENT");
    Sql.update(
        db,
        "update account set display_name = ?, organisation = ? where login = ?",
        name,
        counter,
        login);
    return login;
  }

  /** Fills and submits the login form. */
  protected void logIn(String login, String password) {
    browser.open("/connexion.xhtml");
    browser.type("login:login", login).type("login:password", password).click("login:submit");
  }
}
