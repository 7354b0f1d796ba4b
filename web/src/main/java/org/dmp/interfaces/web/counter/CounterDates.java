package org.dmp.interfaces.web.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the counter shows them: day/month/year, in France's time. */
@Named
@ApplicationScoped
public class CounterDates {

  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public String instant(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(FRANCE));
  }

  public String day(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }
}
