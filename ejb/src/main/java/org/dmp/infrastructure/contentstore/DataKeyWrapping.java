package org.dmp.infrastructure.contentstore;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * How a master key protects what depends on it: a record's data key is wrapped (AES-GCM) with the
 * record id as associated data, and each master key has a check value, the encryption of a fixed
 * label with its alias as associated data, that proves later that a key of the keystore is the very
 * key the registry knew under that alias.
 */
final class DataKeyWrapping {

  private static final byte[] CHECK_LABEL =
      "dmp-master-key-check-v1".getBytes(StandardCharsets.US_ASCII);

  private DataKeyWrapping() {}

  static byte[] wrap(SecretKey master, byte[] rawDataKey, UUID recordId) {
    return AesGcm.encrypt(master, rawDataKey, keyBinding(recordId));
  }

  static byte[] unwrap(SecretKey master, byte[] wrapped, UUID recordId) throws AEADBadTagException {
    return AesGcm.decrypt(master, wrapped, keyBinding(recordId));
  }

  /** Whether this master key opens a data key it is said to have wrapped. */
  static boolean opens(SecretKey master, byte[] wrapped, UUID recordId) {
    try {
      unwrap(master, wrapped, recordId);
      return true;
    } catch (AEADBadTagException e) {
      return false;
    }
  }

  static byte[] checkValue(SecretKey master, String alias) {
    return AesGcm.encrypt(master, CHECK_LABEL, aliasBinding(alias));
  }

  /** Whether this key is the one whose check value the registry keeps under this alias. */
  static boolean matchesCheckValue(SecretKey master, String alias, byte[] checkValue) {
    try {
      return Arrays.equals(AesGcm.decrypt(master, checkValue, aliasBinding(alias)), CHECK_LABEL);
    } catch (AEADBadTagException e) {
      return false;
    }
  }

  /** A wrapped data key opens only for the record it was made for. */
  private static byte[] keyBinding(UUID recordId) {
    return ("dmp-record-key:" + recordId).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] aliasBinding(String alias) {
    return ("dmp-master-key:" + alias).getBytes(StandardCharsets.UTF_8);
  }
}
