package org.dmp.infrastructure.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit signing keys of the server's keystore (the PKCS12 master keystore of the content
 * store): EC key pairs, each under its alias; anchors are signed with the current one and verified
 * with the public key of the alias they name, so that older anchors verify after a new key.
 */
public final class AuditKeys {

  private final Map<String, PublicKey> publicKeys;
  private final PrivateKey signing;
  private final String alias;

  private AuditKeys(Map<String, PublicKey> publicKeys, PrivateKey signing, String alias) {
    this.publicKeys = Map.copyOf(publicKeys);
    this.signing = signing;
    this.alias = alias;
  }

  /**
   * The keystore's audit keys; {@code currentAlias} must be an EC key pair.
   *
   * @throws IllegalStateException saying what is missing or wrong, for an operator
   */
  public static AuditKeys load(Path path, char[] password, String currentAlias) {
    AuditKeys keys = read(path, password, currentAlias);
    if (keys.signing == null) {
      throw new IllegalStateException(
          "The keystore "
              + path
              + " has no audit signing key (EC key pair) with alias '"
              + currentAlias
              + "': the server would write unsigned audit anchors. Add one: keytool -genkeypair"
              + " -alias "
              + currentAlias
              + " -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -dname"
              + " 'CN=DMP audit anchors' -validity 3650 -storetype PKCS12 -keystore "
              + path
              + " (./dmp start adds it to a development keystore)");
    }
    return keys;
  }

  /** The keystore's audit public keys only: enough to verify anchors, never to sign one. */
  public static AuditKeys verifying(Path path, char[] password) {
    return read(path, password, null);
  }

  private static AuditKeys read(Path path, char[] password, String currentAlias) {
    if (path == null) {
      throw new IllegalStateException(
          "No keystore configured for the audit signing key: set dmp.keystore.path (or"
              + " DMP_KEYSTORE_PATH); ./dmp start generates one for development");
    }
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("Keystore not found or not readable: " + path);
    }
    Map<String, PublicKey> keys = new HashMap<>();
    PrivateKey signing = null;
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        Certificate certificate = store.getCertificate(alias);
        if (certificate != null && "EC".equals(certificate.getPublicKey().getAlgorithm())) {
          keys.put(alias, certificate.getPublicKey());
        }
      }
      if (currentAlias != null
          && keys.containsKey(currentAlias)
          && store.getKey(currentAlias, password) instanceof PrivateKey key) {
        signing = key;
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot open the keystore " + path + " (wrong password or damaged file): " + e, e);
    }
    return new AuditKeys(keys, signing, currentAlias);
  }

  /** The public key of an alias, or null when the keystore has no audit key under it. */
  public PublicKey publicKey(String alias) {
    return publicKeys.get(alias);
  }

  PrivateKey signingKey() {
    return signing;
  }

  /** The alias of the key that signs new anchors. */
  public String currentAlias() {
    return alias;
  }
}
