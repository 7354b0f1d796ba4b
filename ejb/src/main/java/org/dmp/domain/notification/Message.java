package org.dmp.domain.notification;

import java.util.Objects;

/**
 * A message to a person (a one-time code, a notice): to an e-mail address, with a subject and a
 * plain-text body written French first, English second.
 */
public record Message(String recipient, String subject, String body) {

  public Message {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String toString() {
    // bodies carry codes: never in logs
    return "Message[to " + recipient + ", " + subject + "]";
  }
}
