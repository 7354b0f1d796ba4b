package org.dmp.interfaces.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the portal shows them: French civil time, day first ({@code #{portalDates}}). */
@Named
@ApplicationScoped
public class PortalDates {

  /** The record is French: its times are shown in France's time, whatever the browser's. */
  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  public String day(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(FRANCE));
  }

  public String moment(Instant at) {
    return at == null ? "" : MOMENT.format(at.atZone(FRANCE));
  }
}
