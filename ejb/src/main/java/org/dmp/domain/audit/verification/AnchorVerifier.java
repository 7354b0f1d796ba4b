package org.dmp.domain.audit.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Iterator;
import java.util.function.Function;
import org.dmp.domain.audit.AuditEvent;

/**
 * Checks signed anchors: each one's digest recomputes from its entries and its signature verifies
 * under the public key of its alias; for the whole trail, the anchors also number 1, 2, 3… and each
 * carries its predecessor's digest. Entries are read as they come (sorted by anchor then chain).
 */
public final class AnchorVerifier {

  /** The name of the anchors' own chain in a broken link. */
  public static final String ANCHOR_CHAIN = "anchors";

  private AnchorVerifier() {}

  /**
   * @param anchors the anchors, sorted by number
   * @param entries their entries, sorted by anchor number then chain id
   * @param keys the public key of a signing key's alias, or null when unknown
   * @param chained whether the anchors given are the whole anchor chain (its links are checked)
   */
  public static TrailReport verify(
      Iterator<Anchor> anchors,
      Iterator<AnchorEntry> entries,
      Function<String, PublicKey> keys,
      boolean chained) {
    long checked = 0;
    Anchor previous = null;
    AnchorEntry entry = entries.hasNext() ? entries.next() : null;
    while (anchors.hasNext()) {
      Anchor anchor = anchors.next();
      checked++;
      if (entry != null && entry.anchorSeq() < anchor.seq()) {
        return TrailReport.brokenAnchors(
            checked,
            forged(entry.anchorSeq(), null, "entrée sans ancrage", "entry without anchor"));
      }
      if (chained) {
        long expected = previous == null ? 1 : previous.seq() + 1;
        if (anchor.seq() != expected) {
          return TrailReport.brokenAnchors(
              checked,
              forged(
                  expected,
                  anchor.id(),
                  "ancrage " + expected + " absent",
                  "anchor " + expected + " missing"));
        }
        String previousDigest = previous == null ? AuditEvent.GENESIS : previous.digest();
        if (!anchor.prevDigest().equals(previousDigest)) {
          return TrailReport.brokenAnchors(
              checked,
              forged(
                  anchor,
                  "ne suit pas l'ancrage précédent",
                  "does not follow the previous anchor"));
        }
      }
      AnchorDigest digest =
          AnchorDigest.start(
              anchor.seq(),
              anchor.id(),
              anchor.createdAt(),
              anchor.keyAlias(),
              anchor.chains(),
              anchor.prevDigest());
      int count = 0;
      String lastChain = null;
      while (entry != null && entry.anchorSeq() == anchor.seq()) {
        if (lastChain != null && entry.chainId().compareTo(lastChain) <= 0) {
          throw new IllegalStateException("Anchor entries not sorted by chain");
        }
        digest.add(entry.chainId(), entry.seq(), entry.hash());
        lastChain = entry.chainId();
        count++;
        entry = entries.hasNext() ? entries.next() : null;
      }
      if (count != anchor.chains() || !digest.finish().equals(anchor.digest())) {
        return TrailReport.brokenAnchors(
            checked,
            forged(anchor, "l'empreinte ne se recalcule pas", "the digest does not recompute"));
      }
      PublicKey key = keys.apply(anchor.keyAlias());
      if (key == null) {
        return TrailReport.brokenAnchors(
            checked,
            forged(
                anchor,
                "clé de signature « " + anchor.keyAlias() + " » inconnue",
                "signing key \"" + anchor.keyAlias() + "\" unknown"));
      }
      if (!signedBy(anchor, key)) {
        return TrailReport.brokenAnchors(
            checked, forged(anchor, "signature invalide", "invalid signature"));
      }
      previous = anchor;
    }
    if (entry != null) {
      return TrailReport.brokenAnchors(
          checked, forged(entry.anchorSeq(), null, "entrée sans ancrage", "entry without anchor"));
    }
    return new TrailReport(0, 0, checked, null);
  }

  private static boolean signedBy(Anchor anchor, PublicKey key) {
    try {
      Signature verifier = Signature.getInstance(Anchor.SIGNATURE_ALGORITHM);
      verifier.initVerify(key);
      verifier.update(anchor.digest().getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(anchor.signature()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // not a signature of this key's kind, or not base64: not a valid signature
    }
  }

  private static BrokenLink forged(Anchor anchor, String french, String english) {
    return forged(anchor.seq(), anchor.id(), french, english);
  }

  private static BrokenLink forged(long seq, java.util.UUID id, String french, String english) {
    return BrokenLink.of(ANCHOR_CHAIN, seq, id, Problem.ANCHOR_FORGED, french, english);
  }
}
