package org.dmp.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit signing key is required to deploy: its absence is said, with the way to add it. */
class AuditKeysTest {

  private static final char[] PASSWORD = "secret-password".toCharArray();

  @TempDir Path dir;

  @Test
  void aKeystoreWithOnlyTheMasterKeyIsRefusedWithTheCommandToAddTheSigningKey() throws Exception {
    Path store = masterKeyOnly();

    assertThatThrownBy(() -> AuditKeys.load(store, PASSWORD, "dmp-audit-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no audit signing key (EC key pair) with alias 'dmp-audit-1'")
        .hasMessageContaining("keytool -genkeypair -alias dmp-audit-1 -keyalg EC");
    assertThat(AuditKeys.verifying(store, PASSWORD).publicKey("dmp-audit-1")).isNull();
  }

  @Test
  void noKeystoreOrAWrongPasswordIsSaid() throws Exception {
    Path store = masterKeyOnly();

    assertThatThrownBy(() -> AuditKeys.load(null, PASSWORD, "dmp-audit-1"))
        .hasMessageContaining("No keystore configured");
    assertThatThrownBy(() -> AuditKeys.load(dir.resolve("none.p12"), PASSWORD, "dmp-audit-1"))
        .hasMessageContaining("not found");
    assertThatThrownBy(() -> AuditKeys.load(store, "wrong".toCharArray(), "dmp-audit-1"))
        .hasMessageContaining("wrong password");
  }

  @Test
  void theKeyAddedAsTheLauncherAddsItSignsAndVerifies() throws Exception {
    Path store = masterKeyOnly();
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "dmp-audit-1",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-dname",
                "CN=test",
                "-validity",
                "10",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();

    AuditKeys keys = AuditKeys.load(store, PASSWORD, "dmp-audit-1");

    assertThat(keys.currentAlias()).isEqualTo("dmp-audit-1");
    assertThat(keys.publicKey("dmp-audit-1").getAlgorithm()).isEqualTo("EC");
    assertThat(keys.publicKey("dmp-master-1")).as("the AES master key is no audit key").isNull();
  }

  private Path masterKeyOnly() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, PASSWORD);
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    store.setEntry(
        "dmp-master-1",
        new KeyStore.SecretKeyEntry(aes.generateKey()),
        new KeyStore.PasswordProtection(PASSWORD));
    Path file = dir.resolve("master.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    return file;
  }
}
