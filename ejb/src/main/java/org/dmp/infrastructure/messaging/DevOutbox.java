package org.dmp.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.notification.Message;
import org.dmp.domain.notification.MessageSender;

/**
 * The development outbox: messages are written to {@code dev_outbox} in the sender's transaction
 * and shown on the outbox page. Only used when the configuration says so: its rows hold codes in
 * clear.
 */
@ApplicationScoped
@jakarta.enterprise.inject.Typed(DevOutbox.class)
public class DevOutbox implements MessageSender {

  /** What the outbox page shows of a message. */
  public record Sent(Instant at, String recipient, String subject, String body) {}

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject Clock clock;

  @Override
  public void send(Message message) {
    em.createNativeQuery(
            "insert into dev_outbox (id, recipient, subject, body, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, message.recipient())
        .setParameter(3, message.subject())
        .setParameter(4, message.body())
        .setParameter(5, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  /** The latest messages, newest first. */
  @SuppressWarnings("unchecked")
  public List<Sent> latest(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select created_at, recipient, subject, body from dev_outbox"
                    + " order by created_at desc limit ?")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Sent(
                    ((java.sql.Timestamp) r[0]).toInstant(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }
}
