package org.dmp.infrastructure.contentstore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * The master keys that wrap the records' data keys, loaded from the server's keystore at deployment
 * and checked against the registry of the database ({@link MasterKeyCheck}): a missing keystore, a
 * wrong password, a missing key or a key that is not the one that wrapped the data stops the
 * deployment with a message saying which, so that the server never serves without its keys nor with
 * the wrong ones. Every AES key of the keystore is loaded, so that data keys wrapped under an older
 * master key stay readable during a rotation; new data keys are wrapped under the current one: the
 * newest key of the registry not retired (the configured alias names the first key of a new
 * registry only).
 *
 * <p>{@link #refresh} reads the keystore again when the registry names a new current key ({@code
 * ./dmp keys rotate}): the running server takes the new key without a redeployment.
 */
@Singleton
@PermitAll // internal: called by the application, never by a boundary
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MasterKeys {

  private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

  /** The key that wraps new data keys, with its alias. */
  public record Current(String alias, SecretKey key) {}

  private record Keyring(Map<String, SecretKey> keys, String current) {}

  @Inject ContentStoreSettings settings;
  @Inject MasterKeyRegistry registry;
  @Inject Clock clock;

  private volatile Keyring keyring;
  private String lastRefreshFailure;

  @PostConstruct
  void load() {
    keyring = checked();
    LOG.info(
        () ->
            "Master keys loaded and checked against the registry: current '"
                + keyring.current()
                + "', "
                + keyring.keys().size()
                + " in the keystore");
  }

  private Keyring checked() {
    Map<String, SecretKey> keys =
        MasterKeystore.read(settings.keystorePath(), settings.keystorePassword());
    MasterKeyCheck.Plan plan =
        new MasterKeyCheck(settings.keystorePath(), keys)
            .decide(registry.entries(), registry.inUse(), settings.currentAlias());
    registry.register(plan.registrations(), clock.instant());
    return new Keyring(keys, plan.currentAlias());
  }

  /**
   * Reads the keystore again if the registry names another current key than the one in use.
   *
   * @return whether the current key changed
   */
  public synchronized boolean refresh() {
    Optional<String> newest = registry.newestAlias();
    if (newest.isEmpty() || newest.get().equals(keyring.current())) {
      return false;
    }
    try {
      Keyring fresh = checked();
      String previous = keyring.current();
      keyring = fresh;
      lastRefreshFailure = null;
      LOG.info(() -> "Master key rotation: new data keys now under '" + fresh.current() + "'");
      return !previous.equals(fresh.current());
    } catch (MasterKeyFailure e) {
      if (!e.getMessage().equals(lastRefreshFailure)) {
        lastRefreshFailure = e.getMessage();
        LOG.severe(
            "Master key rotation cannot take the new key, still using '"
                + keyring.current()
                + "': "
                + e.getMessage());
      }
      return false;
    }
  }

  /** The alias of the key that wraps new data keys. */
  public String currentAlias() {
    return keyring.current();
  }

  /** The key that wraps new data keys, and its alias (read together). */
  public Current current() {
    Keyring now = keyring;
    return new Current(now.current(), now.keys().get(now.current()));
  }

  /** The master key under this alias. */
  public SecretKey key(String alias) {
    SecretKey key = keyring.keys().get(alias);
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
    Keyring now = keyring;
    return now != null && now.keys().containsKey(now.current());
  }
}
