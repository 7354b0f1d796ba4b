package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.dmp.faults.support.KeyMaterial;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.it.support.DatabaseState.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server refuses to start, with a message naming the cause, whenever its master keys cannot be
 * trusted: the keystore missing, a wrong password, the current key replaced by another key under
 * the same alias, a key the data keys need removed. It never comes up serving content it could not
 * decrypt: readiness is never green and the readiness URL answers nothing.
 */
class MasterKeyRefusalFaultIT {

  private final ServerUnderTest server = ServerUnderTest.get();
  @TempDir Path dir;
  private Path keystore;
  private String password;
  private String current;

  @BeforeEach
  void aServerWithDataKeys() {
    server.start();
    KeyMaterial.feed(
        java.util.List.of(org.dmp.faults.support.Patients.withRecordOpenedByTheDoctor()), 1);
    current = KeyMaterial.currentAlias(server.dataSource());
    keystore = KeyMaterial.keystore(server);
    password = KeyMaterial.password(server);
    server.stop();
  }

  @AfterEach
  void theRightKeysStartItAgain() {
    server.dmp("stop");
    server.start();
    assertThat(server.ready()).isTrue();
  }

  @Test
  void aMissingKeystore() throws Exception {
    Path away = dir.resolve("away.p12");
    Files.move(keystore, away);
    try {
      refused(Map.of(), "master keystore", "missing");
    } finally {
      Files.move(away, keystore, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aWrongPassword() {
    refused(
        Map.of(
            "DMP_KEYSTORE_PATH", keystore.toString(), "DMP_KEYSTORE_PASSWORD", "not-the-password"),
        "Master keystore " + keystore,
        "wrong password");
  }

  @Test
  void theCurrentKeyReplacedByAnotherOfTheSameAlias() {
    Path impostor =
        KeyMaterial.withKeyReplaced(keystore, password, current, dir.resolve("impostor.p12"));
    refused(
        Map.of("DMP_KEYSTORE_PATH", impostor.toString(), "DMP_KEYSTORE_PASSWORD", password),
        "Master key '" + current + "'",
        "is not the key that wrapped the data keys");
  }

  @Test
  void aKeyTheDataKeysNeedRemoved() {
    Path without =
        KeyMaterial.withKeyRemoved(keystore, password, current, dir.resolve("without.p12"));
    long dataKeys =
        Sql.count(
            server.dataSource(), "select count(*) from record_key where master_alias = ?", current);
    refused(
        Map.of("DMP_KEYSTORE_PATH", without.toString(), "DMP_KEYSTORE_PASSWORD", password),
        "Master key '" + current + "' is missing from the keystore " + without,
        dataKeys + " data key(s) are wrapped under it");
  }

  /** ./dmp start fails saying why, and nothing answers: not readiness, not the application. */
  private void refused(Map<String, String> env, String... said) {
    ServerUnderTest.Result start = server.dmp(env, "start");

    assertThat(start.exitCode()).as(start.output()).isNotZero();
    assertThat(start.output()).contains(said);
    assertThat(server.ready()).as("readiness green without the right keys").isFalse();
  }
}
