package org.dmp.domain.audit.verification;

import java.util.Iterator;
import java.util.UUID;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.StoredEvent;

/**
 * Walks the audit trail chain by chain and names the first broken link. Its three sources are
 * sorted by chain id (in {@link String#compareTo} order: the database sorts chain ids with the C
 * collation) and the events of a chain by position; they are merged as they are read, so the memory
 * used does not grow with the trail. A chain is sound when its events number 1, 2, 3… with no gap,
 * each hash recomputes and each event carries its predecessor's hash, its head names its last
 * event, and it still has the event the latest signed anchor vouches for.
 */
public final class TrailVerifier {

  /**
   * How far from its position an altered event is looked for as an event moved there: a reordering
   * moves events by a few positions; the search runs once, at the first broken link.
   */
  static final int REORDER_WINDOW = 1000;

  private TrailVerifier() {}

  /**
   * @param events every event of the chains verified, sorted by chain id then position
   * @param heads their heads, sorted by chain id
   * @param claims the latest anchored position of each chain, sorted by chain id
   */
  public static TrailReport verify(
      Iterator<StoredEvent> events, Iterator<ChainHead> heads, Iterator<AnchorClaim> claims) {
    Peeking<StoredEvent> e = new Peeking<>(events, StoredEvent::chainId);
    Peeking<ChainHead> h = new Peeking<>(heads, ChainHead::chainId);
    Peeking<AnchorClaim> c = new Peeking<>(claims, AnchorClaim::chainId);
    long chains = 0;
    long checked = 0;
    for (String chain = Peeking.first(e, h, c); chain != null; chain = Peeking.first(e, h, c)) {
      chains++;
      ChainHead head = h.takeIf(chain);
      AnchorClaim claim = c.takeIf(chain);
      StoredEvent previous = null;
      for (StoredEvent event = e.takeIf(chain); event != null; event = e.takeIf(chain)) {
        checked++;
        BrokenLink broken = check(event, previous, claim);
        if (broken != null) {
          return new TrailReport(chains, checked, 0, broken);
        }
        previous = event;
      }
      BrokenLink broken = checkEnd(chain, previous, head, claim);
      if (broken != null) {
        return new TrailReport(chains, checked, 0, broken);
      }
    }
    return new TrailReport(chains, checked, 0, null);
  }

  private static BrokenLink check(StoredEvent event, StoredEvent previous, AnchorClaim claim) {
    long expected = previous == null ? 1 : previous.seq() + 1;
    if (event.seq() > expected) {
      return BrokenLink.of(
          event.chainId(),
          expected,
          event.id(),
          Problem.MISSING,
          "rangs " + expected + " à " + (event.seq() - 1) + " absents avant cet événement",
          "positions " + expected + " to " + (event.seq() - 1) + " absent before this event");
    }
    if (!event.hash().equals(event.computeHash())) {
      long written = writtenAt(event);
      if (written > 0) {
        return BrokenLink.of(
            event.chainId(),
            event.seq(),
            event.id(),
            Problem.OUT_OF_ORDER,
            "écrit au rang " + written + ", trouvé au rang " + event.seq(),
            "written at position " + written + ", found at " + event.seq());
      }
      return BrokenLink.of(
          event.chainId(),
          event.seq(),
          event.id(),
          Problem.ALTERED,
          "empreinte enregistrée " + event.hash(),
          "stored hash " + event.hash());
    }
    String previousHash = previous == null ? AuditEvent.GENESIS : previous.hash();
    if (!event.prevHash().equals(previousHash)) {
      return BrokenLink.of(
          event.chainId(),
          event.seq(),
          event.id(),
          Problem.MISSING,
          "ne suit pas l'événement du rang " + (event.seq() - 1),
          "does not follow the event at position " + (event.seq() - 1));
    }
    if (claim != null && claim.seq() == event.seq() && !claim.hash().equals(event.hash())) {
      return BrokenLink.of(
          event.chainId(),
          event.seq(),
          event.id(),
          Problem.TRUNCATED,
          "l'ancrage " + claim.anchorSeq() + " atteste une autre empreinte à ce rang",
          "anchor " + claim.anchorSeq() + " vouches for another hash at this position");
    }
    return null;
  }

  /** The other position at which this event's hash recomputes, or 0. */
  private static long writtenAt(StoredEvent event) {
    for (long d = 1; d <= REORDER_WINDOW; d++) {
      for (long seq : new long[] {event.seq() - d, event.seq() + d}) {
        if (seq > 0 && event.hash().equals(event.atSeq(seq).computeHash())) {
          return seq;
        }
      }
    }
    return 0;
  }

  private static BrokenLink checkEnd(
      String chain, StoredEvent last, ChainHead head, AnchorClaim claim) {
    long lastSeq = last == null ? 0 : last.seq();
    String lastHash = last == null ? AuditEvent.GENESIS : last.hash();
    UUID lastId = last == null ? null : last.id();
    if (head == null && last != null) {
      return BrokenLink.of(
          chain,
          lastSeq,
          lastId,
          Problem.HEAD_MISMATCH,
          "aucune tête pour " + lastSeq + " événements",
          "no head for " + lastSeq + " events");
    }
    if (head != null && head.seq() > lastSeq) {
      return BrokenLink.of(
          chain,
          head.seq(),
          null,
          Problem.HEAD_MISMATCH,
          "la tête est au rang " + head.seq() + ", le dernier événement au rang " + lastSeq,
          "the head is at position " + head.seq() + ", the last event at " + lastSeq);
    }
    if (head != null && head.seq() < lastSeq) {
      return BrokenLink.of(
          chain,
          lastSeq,
          lastId,
          Problem.HEAD_MISMATCH,
          "événement au-delà de la tête (rang " + head.seq() + ")",
          "event beyond the head (position " + head.seq() + ")");
    }
    if (head != null && !head.hash().equals(lastHash)) {
      return BrokenLink.of(
          chain,
          lastSeq,
          lastId,
          Problem.HEAD_MISMATCH,
          "la tête porte une autre empreinte",
          "the head holds another hash");
    }
    if (claim != null && claim.seq() > lastSeq) {
      return BrokenLink.of(
          chain,
          claim.seq(),
          null,
          Problem.TRUNCATED,
          "l'ancrage "
              + claim.anchorSeq()
              + " atteste le rang "
              + claim.seq()
              + ", la chaîne s'arrête au rang "
              + lastSeq,
          "anchor "
              + claim.anchorSeq()
              + " vouches for position "
              + claim.seq()
              + ", the chain ends at "
              + lastSeq);
    }
    return null;
  }
}
