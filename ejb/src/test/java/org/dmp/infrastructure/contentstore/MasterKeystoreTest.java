package org.dmp.infrastructure.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeystoreTest {

  @TempDir Path dir;

  private Path keystore(char[] password) throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setEntry(
        "dmp-master-1",
        new KeyStore.SecretKeyEntry(generator.generateKey()),
        new KeyStore.PasswordProtection(password));
    Path path = dir.resolve("master.p12");
    try (OutputStream out = Files.newOutputStream(path)) {
      store.store(out, password);
    }
    return path;
  }

  @Test
  void readsEveryAesKey() throws Exception {
    assertThat(MasterKeystore.read(keystore("secret".toCharArray()), "secret".toCharArray()))
        .containsOnlyKeys("dmp-master-1");
  }

  @Test
  void saysWhichOfMissingWrongPasswordOrDamaged() throws Exception {
    Path path = keystore("secret".toCharArray());
    assertThatThrownBy(() -> MasterKeystore.read(path, "other".toCharArray()))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("wrong password");
    assertThatThrownBy(() -> MasterKeystore.read(dir.resolve("none.p12"), new char[0]))
        .hasMessageContaining("Master keystore missing");
    Files.write(path, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> MasterKeystore.read(path, "secret".toCharArray()))
        .hasMessageContaining("not a PKCS12 keystore, or damaged");
    assertThatThrownBy(() -> MasterKeystore.read(null, new char[0]))
        .hasMessageContaining("No master keystore configured");
  }
}
