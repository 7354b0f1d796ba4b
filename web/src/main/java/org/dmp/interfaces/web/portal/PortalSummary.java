package org.dmp.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.dmp.application.document.Documents;
import org.dmp.application.history.AccessHistory;
import org.dmp.application.history.HistoryEntry;
import org.dmp.application.history.HistorySummary;
import org.dmp.application.record.RecordView;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.notification.Notification;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The Summary tab: the record at a glance — its latest documents, treating physician, emergency
 * settings, the latest accesses by others, and the emergency accesses the patient is told of.
 */
@Named
@RequestScoped
public class PortalSummary {

  static final int LATEST = 5;

  @Inject PortalRecord portal;
  @Inject Documents documents;
  @Inject AccessHistory history;
  @Inject PageMessages messages;

  private RecordView record;
  private List<DocumentRow> latestDocuments = List.of();
  private List<HistoryEntry> recentAccesses = List.of();
  private List<Notification> notifications = List.of();
  private String treatingPhysicianName;

  @PostConstruct
  void load() {
    if (!portal.isPresent()) {
      return;
    }
    try {
      record = portal.view();
      latestDocuments =
          documents.list(portal.caller(), portal.id()).stream()
              .map(DocumentRow::new)
              .filter(DocumentRow::shown)
              .limit(LATEST)
              .toList();
      HistorySummary summary = history.summary(portal.caller(), portal.id(), LATEST);
      recentAccesses = summary.latestByOthers();
      treatingPhysicianName = summary.treatingPhysicianName();
      // the patient's copy of each notification (the treating physician gets another)
      notifications =
          summary.notifications().stream()
              .filter(n -> n.recipientKind() == ActorKind.PATIENT)
              .sorted(Comparator.comparing(Notification::createdAt).reversed())
              .toList();
    } catch (DmpException refused) {
      messages.error(refused);
    }
  }

  public RecordView getRecord() {
    return record;
  }

  public List<DocumentRow> getLatestDocuments() {
    return latestDocuments;
  }

  public List<HistoryEntry> getRecentAccesses() {
    return recentAccesses;
  }

  public List<Notification> getNotifications() {
    return notifications;
  }

  /** The declared treating physician's RPPS, or null. */
  public String getTreatingPhysician() {
    return record == null || record.treatingPhysician() == null
        ? null
        : record.treatingPhysician().value();
  }

  /** The name the treating physician declared themselves under, if the history says it. */
  public String getTreatingPhysicianName() {
    return treatingPhysicianName;
  }
}
