package org.dmp.domain.audit.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A signed checkpoint of the audit trail: the heads of the chains that advanced since the previous
 * anchor ({@code chains} entries), chained to that anchor by its digest, and signed by the server's
 * audit key (SHA256withECDSA over the digest's text).
 *
 * @param seq its number, from 1, without gap
 * @param keyAlias the alias of the signing key in the server's keystore
 * @param signature the signature (DER), base64
 */
public record Anchor(
    long seq,
    UUID id,
    Instant createdAt,
    String keyAlias,
    int chains,
    String prevDigest,
    String digest,
    String signature) {

  /** The signature algorithm of anchors. */
  public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  /** The signature of an anchor's digest by this key, base64. */
  public static String sign(PrivateKey key, String digest) {
    try {
      Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
      signer.initSign(key);
      signer.update(digest.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the audit anchor: " + e, e);
    }
  }
}
