package org.dmp.infrastructure.contentstore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Decides, from the keystore and the database, whether the server may use its master keys, and
 * which one wraps new data keys. Every key the data needs (each alias of the registry not retired,
 * each alias some data key is wrapped under) must be in the keystore and be the very key that
 * wrapped the data: it opens its check value, or, for a key the registry does not know yet (a
 * database older than the registry, a key just added by rotation), a data key wrapped under it.
 * Otherwise the decision is a {@link MasterKeyFailure} naming the alias and the cause. Pure: the
 * caller reads and writes the database.
 */
final class MasterKeyCheck {

  /** A key of the registry, in the order of registration (the last one not retired is current). */
  record Registered(String alias, byte[] checkValue, boolean retired) {}

  /** One data key wrapped under an alias, to try a key the registry cannot check yet. */
  record Sample(UUID recordId, byte[] wrappedKey, long count) {}

  /** A key to record in the registry (or whose missing check value to record). */
  record Registration(String alias, byte[] checkValue) {}

  /** The outcome: the current alias and what to write to the registry before serving. */
  record Plan(String currentAlias, List<Registration> registrations) {}

  private final Path keystorePath;
  private final Map<String, SecretKey> keystore;

  MasterKeyCheck(Path keystorePath, Map<String, SecretKey> keystore) {
    this.keystorePath = keystorePath;
    this.keystore = keystore;
  }

  /**
   * @param registry the registry, in order of registration
   * @param inUse for each alias data keys are wrapped under, one of them and how many
   * @param configuredAlias the alias of the configuration: the first key of an empty registry
   */
  Plan decide(List<Registered> registry, Map<String, Sample> inUse, String configuredAlias) {
    List<Registration> registrations = new ArrayList<>();
    String current;
    if (registry.isEmpty()) {
      if (inUse.isEmpty() && !keystore.containsKey(configuredAlias) && !keystore.isEmpty()) {
        // a new database beside a keystore that went through rotations: its newest key
        configuredAlias = newest(keystore.keySet());
      }
      // a database made before the registry (or a new one): the keys in use, then the configured
      // one, registered in that order, so that the configured one is current
      Map<String, Sample> ordered = new TreeMap<>(inUse);
      ordered.remove(configuredAlias);
      for (var use : ordered.entrySet()) {
        registrations.add(registration(use.getKey(), use.getValue()));
      }
      registrations.add(registration(configuredAlias, inUse.get(configuredAlias)));
      current = configuredAlias;
    } else {
      current = null;
      for (Registered key : registry) {
        if (key.retired()) {
          Sample stillUsed = inUse.get(key.alias());
          if (stillUsed != null) {
            throw new MasterKeyFailure(
                "Master key '"
                    + key.alias()
                    + "' is retired, yet "
                    + stillUsed.count()
                    + " data key(s) are still wrapped under it: the database does not match its"
                    + " registry (restore database and keystore from the same backup)");
          }
          continue;
        }
        SecretKey master = present(key.alias(), inUse.get(key.alias()));
        if (key.checkValue() == null) {
          registrations.add(registration(key.alias(), inUse.get(key.alias())));
        } else if (!DataKeyWrapping.matchesCheckValue(master, key.alias(), key.checkValue())) {
          throw notTheKey(key.alias());
        }
        current = key.alias();
      }
      if (current == null) {
        throw new MasterKeyFailure(
            "Every master key of the registry (table master_key) is retired: no key to wrap new"
                + " data keys under");
      }
      for (String alias : inUse.keySet()) {
        if (registry.stream().noneMatch(key -> key.alias().equals(alias))) {
          throw new MasterKeyFailure(
              "Data keys are wrapped under master key '"
                  + alias
                  + "', which the registry (table master_key) does not know: the database was"
                  + " changed outside the server");
        }
      }
    }
    SecretKey currentKey = keystore.get(current);
    if (currentKey.getEncoded().length != 32) {
      throw new MasterKeyFailure(
          "Master key '" + current + "' of " + keystorePath + " is not an AES-256 key");
    }
    return new Plan(current, List.copyOf(registrations));
  }

  /** The alias with the highest number at its end (dmp-master-10 after dmp-master-9). */
  static String newest(java.util.Set<String> aliases) {
    return aliases.stream()
        .max(
            java.util.Comparator.comparing((String alias) -> alias.replaceAll("\\d+$", ""))
                .thenComparingLong(
                    alias -> {
                      String digits = alias.replaceAll("^.*?(\\d*)$", "$1");
                      return digits.isEmpty() ? -1 : Long.parseLong(digits);
                    }))
        .orElseThrow();
  }

  private Registration registration(String alias, Sample sample) {
    SecretKey master = present(alias, sample);
    if (sample != null && !DataKeyWrapping.opens(master, sample.wrappedKey(), sample.recordId())) {
      throw notTheKey(alias);
    }
    return new Registration(alias, DataKeyWrapping.checkValue(master, alias));
  }

  private SecretKey present(String alias, Sample sample) {
    SecretKey master = keystore.get(alias);
    if (master == null) {
      throw new MasterKeyFailure(
          "Master key '"
              + alias
              + "' is missing from the keystore "
              + keystorePath
              + (sample == null ? "" : ": " + sample.count() + " data key(s) are wrapped under it")
              + " (put the key back: the keystore of the last backup holds it)");
    }
    return master;
  }

  private MasterKeyFailure notTheKey(String alias) {
    return new MasterKeyFailure(
        "Master key '"
            + alias
            + "' of the keystore "
            + keystorePath
            + " is not the key that wrapped the data keys (same alias, other key): refusing to"
            + " serve content that would not decrypt; put the original key back");
  }
}
