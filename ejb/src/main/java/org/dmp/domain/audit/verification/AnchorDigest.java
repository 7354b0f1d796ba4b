package org.dmp.domain.audit.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The digest of an anchor, computed as its entries come (sorted by chain id): SHA-256 over its
 * header and entries, each field length-prefixed. One definition for the server that writes anchors
 * and the verification that reads them.
 */
public final class AnchorDigest {

  private final MessageDigest sha;

  private AnchorDigest(MessageDigest sha) {
    this.sha = sha;
  }

  public static AnchorDigest start(
      long seq, UUID id, Instant createdAt, String keyAlias, int chains, String prevDigest) {
    try {
      AnchorDigest d = new AnchorDigest(MessageDigest.getInstance("SHA-256"));
      d.field("anchor");
      d.field(Long.toString(seq));
      d.field(id.toString());
      d.field(createdAt.toString());
      d.field(keyAlias);
      d.field(Integer.toString(chains));
      d.field(prevDigest);
      return d;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  public void add(String chainId, long seq, String hash) {
    field(chainId);
    field(Long.toString(seq));
    field(hash);
  }

  public String finish() {
    return HexFormat.of().formatHex(sha.digest());
  }

  private void field(String text) {
    sha.update((text.length() + ":" + text + ";").getBytes(StandardCharsets.UTF_8));
  }
}
