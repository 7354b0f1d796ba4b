package org.dmp.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A password as the security realm verifies it (SCRAM-SHA-256, RFC 5802's {@code Hi}): PBKDF2 with
 * HMAC-SHA-256 of the password's UTF-8 bytes after NFKC normalisation (as Elytron normalises what
 * users type), a random 16-byte salt and an iteration count, base64-encoded.
 */
public record PasswordHash(String hash, String salt, int rounds) {

  /** The iterations of a new password (about 70 ms of a server core to check). */
  public static final int ROUNDS = 310_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  public static PasswordHash of(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new PasswordHash(
        Base64.getEncoder().encodeToString(hi(password, salt, ROUNDS)),
        Base64.getEncoder().encodeToString(salt),
        ROUNDS);
  }

  /** Whether {@code password} is the one stored as this digest, salt and iteration count. */
  public static boolean matches(String password, String hash, String salt, int rounds) {
    byte[] expected = Base64.getDecoder().decode(hash);
    byte[] actual = hi(password, Base64.getDecoder().decode(salt), rounds);
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  /** Hi(password, salt, i): one PBKDF2 block computed the way SCRAM defines it. */
  static byte[] hi(String password, byte[] salt, int rounds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] key =
          Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(salt);
      byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
      byte[] result = u.clone();
      for (int i = 1; i < rounds; i++) {
        u = mac.doFinal(u);
        for (int j = 0; j < result.length; j++) {
          result[j] ^= u[j];
        }
      }
      return result;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform has HmacSHA256", e);
    }
  }
}
