package org.dmp.domain.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.StoredEvent;
import org.junit.jupiter.api.Test;

class TrailVerifierTest {

  private static final UUID A = Trails.recordId("a");
  private static final UUID B = Trails.recordId("b");

  private static TrailReport verify(
      List<StoredEvent> events, List<ChainHead> heads, List<AnchorClaim> claims) {
    return TrailVerifier.verify(events.iterator(), heads.iterator(), claims.iterator());
  }

  private static TrailReport verify(List<StoredEvent> chain, ChainHead head) {
    return verify(chain, List.of(head), List.of());
  }

  @Test
  void soundChainsAndTheirHeadsAreIntactAndCounted() {
    List<StoredEvent> a = Trails.chain(A, 3);
    List<StoredEvent> b = Trails.chain(B, 2);
    List<StoredEvent> all = new ArrayList<>(a);
    all.addAll(b);

    TrailReport report =
        verify(
            all,
            List.of(Trails.headOf(a), Trails.headOf(b)),
            List.of(new AnchorClaim(A.toString(), 2, a.get(1).hash(), 1)));

    assertThat(report.intact()).isTrue();
    assertThat(report.chains()).isEqualTo(2);
    assertThat(report.events()).isEqualTo(5);
    assertThat(report.firstBroken()).isNull();
  }

  @Test
  void aPurgedRecordsChainEndingWithItsPurgeEventIsIntact() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 3));
    chain.add(Trails.next(chain, Trails.SERVER, AuditAction.PURGE));

    assertThat(verify(chain, Trails.headOf(chain)).intact()).isTrue();
  }

  @Test
  void aChangedDetailIsTheAlteredEventNamedByChainSeqAndId() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 4));
    ChainHead head = Trails.headOf(chain);
    chain.set(1, Trails.withDetail(chain.get(1), "nothing happened"));

    BrokenLink broken = verify(chain, head).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.ALTERED);
    assertThat(broken.chainId()).isEqualTo(A.toString());
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.eventId()).isEqualTo(chain.get(1).id());
    assertThat(broken.french()).startsWith("l'événement a été modifié");
    assertThat(broken.english()).startsWith("the event was altered");
  }

  @Test
  void aDeletedMiddleEventIsMissingAtItsPosition() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 4));
    ChainHead head = Trails.headOf(chain);
    chain.remove(1);

    BrokenLink broken = verify(chain, head).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.MISSING);
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.eventId()).as("the event found after the gap").isEqualTo(chain.get(1).id());
  }

  @Test
  void anEventReplacedByARehashedForgeryBreaksTheLinkOfTheNextOne() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 4));
    ChainHead head = Trails.headOf(chain);
    StoredEvent forged = Trails.withDetail(chain.get(1), "forged");
    forged =
        new StoredEvent(
            forged.id(),
            forged.chainId(),
            forged.seq(),
            forged.occurredAt(),
            forged.actorKind(),
            forged.actorId(),
            forged.actorName(),
            forged.channel(),
            forged.accessMode(),
            forged.action(),
            forged.recordId(),
            forged.documentId(),
            forged.decision(),
            forged.rule(),
            forged.detail(),
            forged.prevHash(),
            forged.computeHash(),
            forged.actorProfession(),
            forged.actorOrganisation());
    chain.set(1, forged);

    BrokenLink broken = verify(chain, head).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.MISSING);
    assertThat(broken.seq()).isEqualTo(3);
    assertThat(broken.eventId()).isEqualTo(chain.get(2).id());
  }

  @Test
  void swappedEventsAreOutOfOrderAtTheFirstOne() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 5));
    ChainHead head = Trails.headOf(chain);
    StoredEvent second = chain.get(1);
    StoredEvent third = chain.get(2);
    chain.set(1, third.atSeq(2));
    chain.set(2, second.atSeq(3));

    BrokenLink broken = verify(chain, head).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.OUT_OF_ORDER);
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.eventId()).isEqualTo(third.id());
    assertThat(broken.english()).contains("written at position 3");
  }

  @Test
  void deletedLastEventsWithTheHeadLeftBehindAreAHeadMismatch() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 4));
    ChainHead head = Trails.headOf(chain);
    chain.remove(3);

    BrokenLink broken = verify(chain, head).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(broken.seq()).isEqualTo(4);
    assertThat(broken.eventId()).isNull();
  }

  @Test
  void anEventAppendedBeyondTheHeadOrWithoutHeadIsAHeadMismatch() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 3));
    ChainHead head = Trails.headOf(chain);
    chain.add(Trails.next(chain, Trails.AGENT, AuditAction.READ_RECORD));

    BrokenLink beyond = verify(chain, head).firstBroken();
    BrokenLink headless = verify(chain, List.of(), List.of()).firstBroken();

    assertThat(beyond.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(beyond.seq()).isEqualTo(4);
    assertThat(beyond.eventId()).isEqualTo(chain.get(3).id());
    assertThat(headless.problem()).isEqualTo(Problem.HEAD_MISMATCH);
  }

  @Test
  void lastEventsDeletedAndTheHeadRewoundAreCaughtByTheAnchor() {
    List<StoredEvent> chain = new ArrayList<>(Trails.chain(A, 5));
    AnchorClaim anchored = new AnchorClaim(A.toString(), 5, chain.get(4).hash(), 7);
    chain.subList(3, 5).clear();

    TrailReport withoutAnchor = verify(chain, Trails.headOf(chain));
    BrokenLink broken =
        verify(chain, List.of(Trails.headOf(chain)), List.of(anchored)).firstBroken();

    assertThat(withoutAnchor.intact()).as("invisible without the anchor").isTrue();
    assertThat(broken.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(broken.seq()).isEqualTo(5);
    assertThat(broken.english()).contains("anchor 7", "position 5", "ends at 3");
  }

  @Test
  void aChainRewrittenFromAnAnchoredEventOnIsTruncatedThere() {
    List<StoredEvent> chain = Trails.chain(A, 3);
    AnchorClaim anchored = new AnchorClaim(A.toString(), 2, "f".repeat(64), 1);

    BrokenLink broken =
        verify(chain, List.of(Trails.headOf(chain)), List.of(anchored)).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.eventId()).isEqualTo(chain.get(1).id());
  }

  @Test
  void aWholeChainDeletedWithItsHeadIsTruncatedByItsAnchor() {
    List<StoredEvent> b = Trails.chain(B, 2);
    AnchorClaim anchoredA = new AnchorClaim(A.toString(), 4, "e".repeat(64), 2);

    BrokenLink broken = verify(b, List.of(Trails.headOf(b)), List.of(anchoredA)).firstBroken();

    assertThat(broken.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(broken.chainId()).isEqualTo(A.toString());
  }

  @Test
  void theFirstBrokenLinkIsNamedWhenSeveralAre() {
    List<StoredEvent> a = new ArrayList<>(Trails.chain(A, 4));
    List<StoredEvent> b = new ArrayList<>(Trails.chain(B, 4));
    List<ChainHead> heads = List.of(Trails.headOf(a), Trails.headOf(b));
    a.set(3, Trails.withDetail(a.get(3), "x"));
    a.set(2, Trails.withDetail(a.get(2), "y"));
    b.set(0, Trails.withDetail(b.get(0), "z"));
    List<StoredEvent> all = new ArrayList<>(a);
    all.addAll(b);

    BrokenLink broken = verify(all, heads, List.of()).firstBroken();

    assertThat(broken.chainId()).isEqualTo(A.toString());
    assertThat(broken.seq()).isEqualTo(3);
  }

  @Test
  void theServerChainSortsAmongRecordChainsAsTheDatabaseSortsThem() {
    // 'dmp' sorts after the UUIDs starting with a digit or a-c, before those starting with e-f
    List<StoredEvent> c = Trails.chain(Trails.recordId("c"), 1);
    List<StoredEvent> f = Trails.chain(Trails.recordId("f"), 1);
    List<StoredEvent> all = new ArrayList<>(c);
    all.addAll(f);

    assertThat(
            verify(
                    all,
                    List.of(
                        Trails.headOf(c),
                        new ChainHead(AuditEvent.SERVER_CHAIN, 0, AuditEvent.GENESIS),
                        Trails.headOf(f)),
                    List.of())
                .intact())
        .isTrue();
  }

  @Test
  void rowsOutOfChainOrderAreRefusedRatherThanReportedAsABrokenTrail() {
    List<StoredEvent> a = Trails.chain(A, 1);
    List<StoredEvent> b = Trails.chain(B, 1);
    List<StoredEvent> unsorted = new ArrayList<>(b);
    unsorted.addAll(a);

    assertThatThrownBy(() -> verify(unsorted, List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not sorted");
  }

  @Test
  void aTrailIsVerifiedAsItIsReadWithoutHoldingIt() {
    // 100,000 events over 1,000 chains, made as the verifier asks for them and dropped after
    int chains = 1000;
    int length = 100;
    Iterator<StoredEvent> events = new GeneratedTrail(chains, length);
    Iterator<ChainHead> heads = new GeneratedHeads(chains, length);

    TrailReport report = TrailVerifier.verify(events, heads, List.<AnchorClaim>of().iterator());

    assertThat(report.intact()).isTrue();
    assertThat(report.events()).isEqualTo((long) chains * length);
    assertThat(report.chains()).isEqualTo(chains);
  }

  /** Chains made one event at a time, in chain order: nothing is kept but the last event. */
  private static final class GeneratedTrail implements Iterator<StoredEvent> {
    private final int chains;
    private final int length;
    private int chain;
    private List<StoredEvent> current = List.of();
    private int index;

    GeneratedTrail(int chains, int length) {
      this.chains = chains;
      this.length = length;
    }

    @Override
    public boolean hasNext() {
      return index < current.size() || chain < chains;
    }

    @Override
    public StoredEvent next() {
      if (index == current.size()) {
        if (chain == chains) {
          throw new NoSuchElementException();
        }
        current = Trails.chain(chainRecord(chain++), length); // one chain at a time
        index = 0;
      }
      return current.get(index++);
    }
  }

  /** The heads of the generated chains (recomputed: the same events, made again). */
  private static final class GeneratedHeads implements Iterator<ChainHead> {
    private final int chains;
    private final int length;
    private int chain;

    GeneratedHeads(int chains, int length) {
      this.chains = chains;
      this.length = length;
    }

    @Override
    public boolean hasNext() {
      return chain < chains;
    }

    @Override
    public ChainHead next() {
      return Trails.headOf(Trails.chain(chainRecord(chain++), length));
    }
  }

  /** Record ids in increasing order. */
  private static UUID chainRecord(int i) {
    return new UUID(0x1000_0000_0000_4000L + i, 0x8000_0000_0000_0000L);
  }
}
