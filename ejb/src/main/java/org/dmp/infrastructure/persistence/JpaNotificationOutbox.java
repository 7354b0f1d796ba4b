package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dmp.domain.notification.Notification;
import org.dmp.domain.notification.NotificationOutbox;
import org.dmp.domain.record.RecordId;

/** The notification outbox in the {@code notification} table. */
@ApplicationScoped
public class JpaNotificationOutbox implements NotificationOutbox {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Notification notification) {
    em.persist(notification);
  }

  @Override
  public List<Notification> ofRecord(RecordId record) {
    return em.createQuery(
            "select n from Notification n where n.recordId = :r order by n.createdAt",
            Notification.class)
        .setParameter("r", record.value())
        .getResultList();
  }
}
