package org.dmp.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.dmp.application.document.Documents;
import org.dmp.application.history.AccessHistory;
import org.dmp.application.history.HistoryEntry;
import org.dmp.application.record.RecordView;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.Decision;
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
      List<HistoryEntry> all = new ArrayList<>(history.of(portal.caller(), portal.id()));
      Collections.reverse(all); // newest first
      recentAccesses = all.stream().filter(PortalSummary::byOthers).limit(LATEST).toList();
      treatingPhysicianName =
          all.stream()
              .filter(e -> e.action() == AuditAction.DECLARE_TREATING_PHYSICIAN)
              .filter(e -> e.decision() == Decision.ALLOWED)
              .map(HistoryEntry::actorName)
              .findFirst()
              .orElse(null);
      // the patient's copy of each notification (the treating physician gets another)
      notifications =
          history.notifications(portal.caller(), portal.id()).stream()
              .filter(n -> n.recipientKind() == ActorKind.PATIENT)
              .sorted(Comparator.comparing(Notification::createdAt).reversed())
              .toList();
    } catch (DmpException refused) {
      messages.error(refused);
    }
  }

  /** An act by someone other than the patient's side: what the patient wants to keep an eye on. */
  private static boolean byOthers(HistoryEntry e) {
    return e.actorKind() != ActorKind.PATIENT && e.actorKind() != ActorKind.REPRESENTATIVE;
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
