package org.dmp.domain.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dmp.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class AnchorVerifierTest {

  private static final KeyPair KEY = ecKey();
  private static final Map<String, PublicKey> KEYS = Map.of("dmp-audit-1", KEY.getPublic());

  private final List<Anchor> anchors = new ArrayList<>();
  private final List<AnchorEntry> entries = new ArrayList<>();

  /** Appends a signed anchor over these chain heads (chain, seq) with made-up hashes. */
  private Anchor anchor(String... chains) {
    long seq = anchors.size() + 1;
    String previous =
        anchors.isEmpty() ? AuditEvent.GENESIS : anchors.get(anchors.size() - 1).digest();
    UUID id = UUID.randomUUID();
    Instant at = Instant.parse("2026-11-23T10:00:00Z").plusSeconds(3600 * seq);
    AnchorDigest digest = AnchorDigest.start(seq, id, at, "dmp-audit-1", chains.length, previous);
    for (String chain : chains) {
      AnchorEntry e = new AnchorEntry(seq, chain, seq * 10, "a".repeat(64));
      entries.add(e);
      digest.add(e.chainId(), e.seq(), e.hash());
    }
    String d = digest.finish();
    Anchor a = new Anchor(seq, id, at, "dmp-audit-1", chains.length, previous, d, sign(d));
    anchors.add(a);
    return a;
  }

  private TrailReport verify() {
    return AnchorVerifier.verify(anchors.iterator(), entries.iterator(), KEYS::get, true);
  }

  @Test
  void signedChainedAnchorsVerify() {
    anchor("a", "dmp");
    anchor("b");
    anchor("c", "d", "e");

    TrailReport report = verify();

    assertThat(report.intact()).isTrue();
    assertThat(report.anchors()).isEqualTo(3);
  }

  @Test
  void aForgedSignatureIsNamed() {
    anchor("a");
    Anchor second = anchor("b");
    anchors.set(1, with(second, second.digest(), sign(AuditEvent.GENESIS)));

    BrokenLink broken = verify().firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.ANCHOR_FORGED);
    assertThat(broken.chainId()).isEqualTo(AnchorVerifier.ANCHOR_CHAIN);
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.eventId()).isEqualTo(second.id());
    assertThat(broken.english()).contains("invalid signature");
  }

  @Test
  void aChangedEntryBreaksItsAnchorsDigest() {
    anchor("a", "b");
    AnchorEntry e = entries.get(1);
    entries.set(1, new AnchorEntry(e.anchorSeq(), e.chainId(), e.seq() - 3, e.hash()));

    BrokenLink broken = verify().firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.ANCHOR_FORGED);
    assertThat(broken.english()).contains("digest does not recompute");
  }

  @Test
  void aDeletedAnchorBreaksTheAnchorsChain() {
    anchor("a");
    anchor("b");
    anchor("c");
    anchors.remove(1);
    entries.remove(1);

    BrokenLink broken = verify().firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.ANCHOR_FORGED);
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.english()).contains("anchor 2 missing");
  }

  @Test
  void anAnchorResignedByAnotherKeyOrAnUnknownAliasIsForged() {
    anchor("a");
    Anchor other =
        with(anchors.get(0), anchors.get(0).digest(), signWith(ecKey(), anchors.get(0).digest()));
    anchors.set(0, other);
    assertThat(verify().firstBroken().problem()).isEqualTo(Problem.ANCHOR_FORGED);

    TrailReport unknown =
        AnchorVerifier.verify(anchors.iterator(), entries.iterator(), alias -> null, true);
    assertThat(unknown.firstBroken().english()).contains("signing key \"dmp-audit-1\" unknown");
  }

  @Test
  void oneAnchorAloneVerifiesWithoutItsPredecessors() {
    anchor("a");
    anchor("b");
    Anchor second = anchors.get(1);
    List<AnchorEntry> itsEntries = entries.subList(1, 2);

    TrailReport report =
        AnchorVerifier.verify(List.of(second).iterator(), itsEntries.iterator(), KEYS::get, false);

    assertThat(report.intact()).isTrue();
  }

  private static Anchor with(Anchor a, String digest, String signature) {
    return new Anchor(
        a.seq(),
        a.id(),
        a.createdAt(),
        a.keyAlias(),
        a.chains(),
        a.prevDigest(),
        digest,
        signature);
  }

  private static String sign(String digest) {
    return signWith(KEY, digest);
  }

  private static String signWith(KeyPair key, String digest) {
    return Anchor.sign(key.getPrivate(), digest);
  }

  private static KeyPair ecKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(256);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
