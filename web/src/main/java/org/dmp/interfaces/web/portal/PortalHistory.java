package org.dmp.interfaces.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dmp.application.history.AccessHistory;
import org.dmp.application.history.HistoryEntry;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.audit.Decision;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The Access history tab: every act on the record, allowed or refused, newest first, narrowed by
 * period, kind of act, kind of actor, or to refusals only.
 */
@Named
@ViewScoped
public class PortalHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PortalRecord portal;
  @Inject transient AccessHistory history;
  @Inject transient PageMessages messages;

  private String from;
  private String to;
  private ActKind act;
  private ActorKind actor;
  private boolean denialsOnly;
  private transient List<HistoryEntry> entries;

  public List<HistoryEntry> getEntries() {
    if (entries == null) {
      entries = load();
    }
    return entries;
  }

  private List<HistoryEntry> load() {
    if (!portal.isPresent()) {
      return List.of();
    }
    LocalDate start = day(from, "history:from");
    LocalDate end = day(to, "history:to");
    if (start != null && end != null && end.isBefore(start)) {
      messages.fieldError(
          "history:to",
          "La date de fin est avant la date de début : corrigez l'une des deux",
          "The end date is before the start date: correct one of them");
      return List.of();
    }
    try {
      List<HistoryEntry> all = new ArrayList<>(history.of(portal.caller(), portal.id()));
      Collections.reverse(all);
      return all.stream()
          .filter(e -> start == null || !day(e).isBefore(start))
          .filter(e -> end == null || !day(e).isAfter(end))
          .filter(e -> act == null || act.includes(e.action()))
          .filter(e -> actor == null || e.actorKind() == actor)
          .filter(e -> !denialsOnly || e.decision() == Decision.DENIED)
          .toList();
    } catch (DmpException refused) {
      messages.error(refused);
      return List.of();
    }
  }

  private static LocalDate day(HistoryEntry e) {
    return e.occurredAt().atZone(PortalDates.FRANCE).toLocalDate();
  }

  private LocalDate day(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      messages.fieldError(
          field,
          "Date non reconnue : choisissez le jour dans le calendrier (jour, mois, année)",
          "Date not recognised: pick the day in the calendar (day, month, year)");
      return null;
    }
  }

  /** Applies the filters (the list is computed again). */
  public String filter() {
    entries = null;
    return null;
  }

  public String clear() {
    from = null;
    to = null;
    act = null;
    actor = null;
    denialsOnly = false;
    entries = null;
    return null;
  }

  public ActKind[] getActKinds() {
    return ActKind.values();
  }

  /** The kinds of actor that appear in a patient's history. */
  public ActorKind[] getActorKinds() {
    return new ActorKind[] {
      ActorKind.PROFESSIONAL,
      ActorKind.PATIENT,
      ActorKind.REPRESENTATIVE,
      ActorKind.COUNTER_AGENT,
      ActorKind.PHARMACIST_AT_COUNTER,
      ActorKind.FEED_SYSTEM,
      ActorKind.SYSTEM
    };
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public ActKind getAct() {
    return act;
  }

  public void setAct(ActKind act) {
    this.act = act;
  }

  public ActorKind getActor() {
    return actor;
  }

  public void setActor(ActorKind actor) {
    this.actor = actor;
  }

  public boolean isDenialsOnly() {
    return denialsOnly;
  }

  public void setDenialsOnly(boolean denialsOnly) {
    this.denialsOnly = denialsOnly;
  }
}
