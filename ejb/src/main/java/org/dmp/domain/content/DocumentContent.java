package org.dmp.domain.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dmp.domain.shared.Require;

/**
 * The bytes of a document with their size and hashes: SHA-1 because XDS metadata carries it,
 * SHA-256 because that is what the record trusts to check integrity on every read.
 */
public final class DocumentContent {

  private final byte[] bytes;
  private final String sha1;
  private final String sha256;

  private DocumentContent(byte[] bytes) {
    this.bytes = bytes;
    this.sha1 = hex("SHA-1", bytes);
    this.sha256 = hex("SHA-256", bytes);
  }

  public static DocumentContent of(byte[] bytes) {
    return new DocumentContent(Require.present(bytes, "contenu du document", "document content"));
  }

  /** The bytes themselves; callers must not modify them. */
  public byte[] bytes() {
    return bytes;
  }

  public long size() {
    return bytes.length;
  }

  public String sha1() {
    return sha1;
  }

  public String sha256() {
    return sha256;
  }

  /** The SHA-256 of some bytes, in lower-case hex. */
  public static String sha256Of(byte[] bytes) {
    return hex("SHA-256", bytes);
  }

  private static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has " + algorithm, e);
    }
  }
}
