package org.dmp.domain.notification;

import java.util.List;
import org.dmp.domain.record.RecordId;

/** The outbox of notifications waiting for delivery. */
public interface NotificationOutbox {

  void add(Notification notification);

  /** Every notification about the record, oldest first. */
  List<Notification> ofRecord(RecordId record);
}
