package org.dmp.infrastructure.contentstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;

/** Reads every AES key of the PKCS12 master keystore, or says precisely why it cannot. */
final class MasterKeystore {

  private MasterKeystore() {}

  static Map<String, SecretKey> read(Path path, char[] password) {
    if (path == null) {
      throw new MasterKeyFailure(
          "No master keystore configured: set dmp.keystore.path (or DMP_KEYSTORE_PATH) to a"
              + " PKCS12 keystore holding an AES-256 key; ./dmp start generates one for"
              + " development");
    }
    if (!Files.exists(path)) {
      throw new MasterKeyFailure("Master keystore missing: no file " + path);
    }
    if (!Files.isReadable(path)) {
      throw new MasterKeyFailure("Master keystore unreadable (permissions): " + path);
    }
    Map<String, SecretKey> keys = new HashMap<>();
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.getKey(alias, password) instanceof SecretKey key
            && "AES".equalsIgnoreCase(key.getAlgorithm())) {
          keys.put(alias, key);
        }
      }
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new MasterKeyFailure(
            "Master keystore "
                + path
                + ": wrong password (dmp.keystore.password / DMP_KEYSTORE_PASSWORD)",
            e);
      }
      throw new MasterKeyFailure(
          "Master keystore " + path + " unreadable: not a PKCS12 keystore, or damaged (" + e + ")",
          e);
    } catch (GeneralSecurityException e) {
      throw new MasterKeyFailure(
          "Master keystore " + path + " unreadable: its keys cannot be recovered (" + e + ")", e);
    }
    return Map.copyOf(keys);
  }
}
