package org.dmp.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.dmp.domain.notification.Message;
import org.dmp.domain.notification.MessageSender;

// Typed: only MessageChannels produces the MessageSender the services get
/**
 * E-mail through the server's mail session {@code java:jboss/mail/dmp} (config/cli/mail.cli: the
 * relay's host and port, the sender address). A relay that refuses the message fails the act.
 */
@ApplicationScoped
@jakarta.enterprise.inject.Typed(MailSender.class)
public class MailSender implements MessageSender {

  @Resource(lookup = "java:jboss/mail/dmp")
  Session session;

  @Override
  public void send(Message message) {
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom();
      mail.setRecipient(
          jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipient()));
      mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mail.setText(message.body(), StandardCharsets.UTF_8.name());
      Transport.send(mail);
    } catch (MessagingException e) {
      throw new MessageNotSentException(e);
    }
  }
}
