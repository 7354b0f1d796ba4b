package org.dmp.it.hostile;

import java.util.concurrent.Callable;

/**
 * One bad input of the corpus: what it is, where it is sent, the answer it must get, what it may
 * leave in the database, and how to prepare and send it.
 *
 * @param name a short unique name (the test's display name)
 * @param boundary where it goes, e.g. {@code SOAP registry ITI-18}
 * @param input what is sent, in a few words
 * @param prepare what is done before the database's state is taken (opening the page whose form is
 *     then posted: a page view may be an audited reading); returns the sending itself
 */
public record HostileCase(
    String name,
    String boundary,
    String input,
    Expected expected,
    Effect effect,
    Callable<Callable<Answer>> prepare) {

  public static HostileCase of(
      String boundary, String input, Expected expected, Callable<Answer> send) {
    return prepared(boundary, input, expected, () -> send);
  }

  public static HostileCase prepared(
      String boundary, String input, Expected expected, Callable<Callable<Answer>> prepare) {
    return new HostileCase(
        boundary + ": " + input, boundary, input, expected, Effect.NOTHING, prepare);
  }

  /** The same case, allowed this effect on the database. */
  public HostileCase leaving(Effect allowed) {
    return new HostileCase(name, boundary, input, expected, allowed, prepare);
  }
}
