package org.dmp.infrastructure.contentstore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * The master keys that wrap the records' data keys, loaded once from the server's keystore at
 * deployment. Every AES secret key of the keystore is loaded, so that data keys wrapped under an
 * older master key stay readable; new data keys are wrapped under the current one (configured
 * alias). A missing keystore, a wrong password or a missing current key stops the deployment with a
 * message saying which: the server never runs without its keys.
 */
@Singleton
@PermitAll // internal: called by the application, never by a boundary
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MasterKeys {

  private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

  @Inject ContentStoreSettings settings;

  private Map<String, SecretKey> keys;
  private String currentAlias;

  @PostConstruct
  void load() {
    Path path = settings.keystorePath();
    if (path == null) {
      throw new IllegalStateException(
          "No master keystore configured: set dmp.keystore.path (or DMP_KEYSTORE_PATH) to a"
              + " PKCS12 keystore holding an AES-256 key; ./dmp start generates one for development");
    }
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("Master keystore not found or not readable: " + path);
    }
    Map<String, SecretKey> loaded = new HashMap<>();
    try (InputStream in = Files.newInputStream(path)) {
      char[] password = settings.keystorePassword();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.getKey(alias, password) instanceof SecretKey key
            && "AES".equalsIgnoreCase(key.getAlgorithm())) {
          loaded.put(alias, key);
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot open the master keystore " + path + " (wrong password or damaged file): " + e, e);
    }
    currentAlias = settings.currentAlias();
    SecretKey current = loaded.get(currentAlias);
    if (current == null || current.getEncoded().length != 32) {
      throw new IllegalStateException(
          "The master keystore " + path + " has no AES-256 key with alias '" + currentAlias + "'");
    }
    keys = Map.copyOf(loaded);
    LOG.info(
        () -> "Master keys loaded: current '" + currentAlias + "', " + keys.size() + " in all");
  }

  /** The alias of the key that wraps new data keys. */
  public String currentAlias() {
    return currentAlias;
  }

  /** The master key under this alias. */
  public SecretKey key(String alias) {
    SecretKey key = keys.get(alias);
    if (key == null) {
      throw new IllegalStateException(
          "Master key '"
              + alias
              + "' is not in the keystore: a data key wrapped under it cannot be opened");
    }
    return key;
  }

  /** Whether the key that wraps new data keys is loaded. */
  public boolean hasCurrentKey() {
    return keys != null && keys.containsKey(currentAlias);
  }
}
