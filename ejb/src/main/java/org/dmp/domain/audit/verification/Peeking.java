package org.dmp.domain.audit.verification;

import java.util.Iterator;
import java.util.function.Function;

/**
 * A source of rows sorted by chain id, read one ahead; it refuses rows out of chain order, since
 * merging unsorted sources would report a sound trail as broken.
 */
final class Peeking<T> {

  private final Iterator<T> source;
  private final Function<T, String> chainOf;
  private T next;
  private String lastChain;

  Peeking(Iterator<T> source, Function<T, String> chainOf) {
    this.source = source;
    this.chainOf = chainOf;
    advance();
  }

  /** The chain of the next row, or null at the end. */
  String chain() {
    return next == null ? null : chainOf.apply(next);
  }

  /** The next row if it belongs to this chain (consumed), otherwise null. */
  T takeIf(String chain) {
    if (next == null || !chainOf.apply(next).equals(chain)) {
      return null;
    }
    T taken = next;
    advance();
    return taken;
  }

  private void advance() {
    next = source.hasNext() ? source.next() : null;
    if (next != null) {
      String chain = chainOf.apply(next);
      if (lastChain != null && chain.compareTo(lastChain) < 0) {
        throw new IllegalStateException(
            "Audit rows not sorted by chain: " + chain + " after " + lastChain);
      }
      lastChain = chain;
    }
  }

  /** The smallest chain id of these sources' next rows, or null when all are exhausted. */
  static String first(Peeking<?>... sources) {
    String first = null;
    for (Peeking<?> s : sources) {
      String c = s.chain();
      if (c != null && (first == null || c.compareTo(first) < 0)) {
        first = c;
      }
    }
    return first;
  }
}
