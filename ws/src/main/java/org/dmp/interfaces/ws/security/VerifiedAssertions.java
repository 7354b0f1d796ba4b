package org.dmp.interfaces.ws.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assertions already verified, by their exact bytes and the certificate they were verified
 * against: practice software sends the same VIHF with every call for as long as it is valid, and
 * verifying its signature again each time was the largest part of the server's work per call.
 *
 * <p>Safe because everything checked but time is a function of those bytes, that certificate and
 * the verifier's fixed settings: one changed byte is another key, and goes through every check. The
 * validity window is checked again on every use; an entry is dropped once expired, and the whole
 * cache when it is full (bounded memory; the next calls verify again).
 */
final class VerifiedAssertions {

  /** What a verification established, but for the time check. */
  record Verified(AssertionConditions.Window window, AssertedProfessional professional) {}

  private final int capacity;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedAssertions(int capacity) {
    this.capacity = capacity;
  }

  /** The key of {@code assertion} (its standalone serialized bytes) from {@code certificate}. */
  static String key(byte[] assertion, X509Certificate certificate) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(assertion);
      sha256.update((byte) 0);
      sha256.update(certificate.getEncoded());
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  Verified get(String key, Instant now) {
    Verified v = verified.get(key);
    if (v != null && !now.isBefore(v.window().end())) {
      verified.remove(key);
      return null;
    }
    return v;
  }

  void put(String key, Verified v) {
    if (verified.size() >= capacity) {
      verified.clear();
    }
    verified.put(key, v);
  }

  int size() {
    return verified.size();
  }
}
