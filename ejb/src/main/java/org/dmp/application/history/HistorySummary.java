package org.dmp.application.history;

import java.util.List;
import org.dmp.domain.notification.Notification;

/**
 * The portal summary's part of the history: the latest acts by others than the patient's side
 * (newest first), the name of the professional who last declared themselves treating physician
 * (null if none), and the emergency-access notifications (oldest first).
 */
public record HistorySummary(
    List<HistoryEntry> latestByOthers,
    String treatingPhysicianName,
    List<Notification> notifications) {}
