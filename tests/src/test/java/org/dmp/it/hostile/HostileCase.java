package org.dmp.it.hostile;

import java.util.concurrent.Callable;

/**
 * One bad input of the corpus: what it is, where it is sent, the answer it must get, what it may
 * leave in the database, and how to send it.
 *
 * @param name a short unique name (the test's display name)
 * @param boundary where it goes, e.g. {@code SOAP registry ITI-18}
 * @param input what is sent, in a few words
 */
public record HostileCase(
    String name,
    String boundary,
    String input,
    Expected expected,
    Effect effect,
    Callable<Answer> send) {

  public static HostileCase of(
      String boundary, String input, Expected expected, Callable<Answer> send) {
    return new HostileCase(
        boundary + ": " + input, boundary, input, expected, Effect.NOTHING, send);
  }

  /** The same case, which the access policy refuses and audits (one denial event). */
  public HostileCase audited() {
    return new HostileCase(name, boundary, input, expected, Effect.ONE_DENIAL, send);
  }
}
