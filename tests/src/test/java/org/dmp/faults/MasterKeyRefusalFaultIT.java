package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmp.faults.support.KeyMaterial;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.it.support.DatabaseState.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server refuses to start, with a message naming the cause, whenever its master keys cannot be
 * trusted: the keystore missing, a wrong password, the current key replaced by another key under
 * the same alias, a key the data keys need removed. It never comes up serving content it could not
 * decrypt: readiness is never green. With the right keystore back, it starts. (One test: each
 * refusal is a WildFly boot, the costly part.)
 */
class MasterKeyRefusalFaultIT {

  private final ServerUnderTest server = ServerUnderTest.get();
  @TempDir Path dir;

  @Test
  void refusesToStartWithoutItsOwnKeys() throws Exception {
    server.start();
    KeyMaterial.feed(List.of(Patients.withRecordOpenedByTheDoctor()), 1);
    String current = KeyMaterial.currentAlias(server.dataSource());
    long dataKeys =
        Sql.count(
            server.dataSource(), "select count(*) from record_key where master_alias = ?", current);
    Path keystore = KeyMaterial.keystore(server);
    String password = KeyMaterial.password(server);
    server.stop();

    Path away = Files.move(keystore, dir.resolve("away.p12"));
    refused(Map.of(), "master keystore " + keystore + " is missing");
    Files.move(away, keystore);

    refused(
        Map.of(
            "DMP_KEYSTORE_PATH", keystore.toString(), "DMP_KEYSTORE_PASSWORD", "not-the-password"),
        "Master keystore " + keystore + ": wrong password");

    Path impostor =
        KeyMaterial.withKeyReplaced(keystore, password, current, dir.resolve("impostor.p12"));
    refused(
        Map.of("DMP_KEYSTORE_PATH", impostor.toString(), "DMP_KEYSTORE_PASSWORD", password),
        "Master key '" + current + "' of the keystore " + impostor,
        "is not the key that wrapped the data keys");

    Path without =
        KeyMaterial.withKeyRemoved(keystore, password, current, dir.resolve("without.p12"));
    refused(
        Map.of("DMP_KEYSTORE_PATH", without.toString(), "DMP_KEYSTORE_PASSWORD", password),
        "Master key '" + current + "' is missing from the keystore " + without,
        dataKeys + " data key(s) are wrapped under it");

    server.start();
    assertThat(server.ready()).as("the right keystore again").isTrue();
  }

  /** ./dmp start fails saying why, and readiness is never green; then the server is stopped. */
  private void refused(Map<String, String> env, String... said) {
    ServerUnderTest.Result start = server.dmp(env, "start");
    try {
      assertThat(start.exitCode()).as(start.output()).isNotZero();
      assertThat(start.output()).contains(said);
      assertThat(server.ready()).as("readiness green without the right keys").isFalse();
    } finally {
      server.dmp("stop");
    }
  }
}
