package org.dmp.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.dmp.domain.notification.MessageSender;

/**
 * Produces the channel the configuration names: {@code mail} (the default: a production server
 * sends) or {@code outbox} (development and tests: messages are shown on the outbox page).
 */
@ApplicationScoped
public class MessageChannels {

  static final String PROPERTY = "dmp.notification.channel";

  @Inject MailSender mail;
  @Inject DevOutbox outbox;

  @Produces
  MessageSender sender() {
    return isOutbox() ? outbox : mail;
  }

  /** Whether messages go to the development outbox (and its page may be shown). */
  public static boolean isOutbox() {
    return "outbox".equals(System.getProperty(PROPERTY, "mail"));
  }
}
