package org.dmp.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.web.ClientDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A part of the hostile-input corpus, sent from outside the server as an attacker would: the EAR as
 * built, the wire as it is. Each case is a dynamic test: the database state before, the answer, the
 * state after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class HostileIT {

  protected final DataSource db = OneConnection.of(ClientDatabase.dataSource());

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("dmp.ear", "../ear/target/dmp.ear")));
  }

  @BeforeEach
  void standingAccounts() {
    Fixtures.ensureAccounts(db);
  }

  /** The cases as dynamic tests, each checked for its answer and for an unchanged database. */
  protected Stream<DynamicTest> corpus(List<HostileCase> cases) {
    assertThat(cases.stream().map(HostileCase::name).distinct()).hasSameSizeAs(cases);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(HostileCase c) throws Exception {
    var send = c.prepare().call();
    DatabaseState before = DatabaseState.of(db);
    Answer answer = send.call();
    c.expected().check(answer);
    DatabaseState after = DatabaseState.of(db);
    assertThat(after)
        .as("what %s left in the database", c.name())
        .isEqualTo(c.effect().expectedAfter(before, after));
    CorpusReport.passed(c, answer);
  }
}
