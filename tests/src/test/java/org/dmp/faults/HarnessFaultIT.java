package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmp.faults.support.ServerUnderTest;
import org.junit.jupiter.api.Test;

/** The harness itself: start, kill -9, restart, PostgreSQL restarted under the server. */
class HarnessFaultIT {

  private final ServerUnderTest server = ServerUnderTest.get();

  @Test
  void startsKillsAndRestarts() {
    server.start();
    long pid = server.pid();
    server.kill();
    assertThat(server.running()).isFalse();
    server.start();
    assertThat(server.pid()).isNotEqualTo(pid);
    server.restartDatabase();
    assertThat(server.dmp("db", "status").exitCode()).isZero();
  }
}
