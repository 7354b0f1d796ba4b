package org.dmp.interfaces.web.counter;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dmp.interfaces.web.letter.LetterContent;

/**
 * First-login letters not yet printed, in the agent's own session only: the initial secret is never
 * stored in clear anywhere else. A letter is served once, then dropped (a second request is refused
 * with what to do: renew the credentials); the session's end drops any letter left.
 */
@SessionScoped
public class PendingLetters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A letter waiting to be printed, for the record whose page offers it. */
  public record Pending(String recordId, String recipient, LetterContent content)
      implements Serializable {}

  private final Map<String, Pending> letters = new LinkedHashMap<>();

  /** Keeps a letter; its token names it in the link that prints it. */
  public synchronized String keep(String recordId, String recipient, LetterContent content) {
    String token = UUID.randomUUID().toString();
    letters.put(token, new Pending(recordId, recipient, content));
    return token;
  }

  /** The letter, removed: it is served at most once. */
  public synchronized Optional<Pending> take(String token) {
    return Optional.ofNullable(token == null ? null : letters.remove(token));
  }

  /** The tokens of the letters waiting for this record, with whom each is for. */
  public synchronized Map<String, String> forRecord(String recordId) {
    Map<String, String> found = new LinkedHashMap<>();
    letters.forEach(
        (token, letter) -> {
          if (letter.recordId().equals(recordId)) {
            found.put(token, letter.recipient());
          }
        });
    return found;
  }
}
