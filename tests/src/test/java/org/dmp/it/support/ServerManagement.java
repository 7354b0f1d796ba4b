package org.dmp.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management interface, as an operator changes a running server: its settings
 * (system properties such as the clock offset) and what its model shows (the EJB timers). Usable
 * from the tests' JVM and from tests running inside the server.
 */
public final class ServerManagement {

  /** The clock offset setting (config/cli/clock.cli). */
  public static final String CLOCK_OFFSET = "dmp.clock.offset";

  private ServerManagement() {}

  /**
   * Moves the server's clock by {@code offset} from the system time (tests reset it in finally).
   */
  public static void shiftClock(Duration offset) {
    setProperty(CLOCK_OFFSET, offset.toString());
  }

  /** The server's clock back to the system time. */
  public static void resetClock() {
    setProperty(CLOCK_OFFSET, "PT0S");
  }

  /** Changes a system property of the running test server. */
  public static void setProperty(String name, String value) {
    ModelNode address = Operations.createAddress("system-property", name);
    execute(Operations.createWriteAttributeOperation(address, "value", value));
  }

  /** The result of a successful read of the management model. */
  public static ModelNode execute(ModelNode operation) {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("127.0.0.1", TestServer.MANAGEMENT_PORT)) {
      ModelNode result = client.execute(operation);
      assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
      return Operations.readResult(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
