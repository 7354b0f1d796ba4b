package org.dmp.domain.notification;

/**
 * The channel that carries messages to people: the server's mail session in production, the
 * development outbox page on a development server (DMP_NOTIFICATION_CHANNEL). Sending is part of
 * the caller's act: a message that cannot be handed over fails the act, so that nobody is told "a
 * code was sent" when none was.
 */
public interface MessageSender {

  void send(Message message);
}
