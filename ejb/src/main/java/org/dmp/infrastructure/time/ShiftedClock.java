package org.dmp.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system's UTC clock moved by the offset the setting {@code dmp.clock.offset} names (config
 * clock.cli), read at every instant: tests and rehearsals move ten years in one step on a running
 * server. The offset is never meant for production: each change to a non-zero offset is logged as a
 * WARNING; a value that is not an ISO-8601 duration is logged as an error and leaves the offset in
 * force unchanged, since a clock cannot refuse to tell the time.
 */
final class ShiftedClock extends Clock {

  static final String SETTING = "dmp.clock.offset";

  private static final Logger LOG = Logger.getLogger(ShiftedClock.class.getName());

  private final Clock system;
  private final Supplier<String> setting;

  /** The text last read and the offset in force; replaced together. */
  private volatile Offset current = new Offset(null, Duration.ZERO);

  private record Offset(String text, Duration duration) {}

  ShiftedClock(Clock system, Supplier<String> setting) {
    this.system = system;
    this.setting = setting;
  }

  static ShiftedClock ofSystemProperty() {
    return new ShiftedClock(Clock.systemUTC(), () -> System.getProperty(SETTING));
  }

  /** The offset in force, after reading the setting again. */
  Duration offset() {
    String text = setting.get();
    Offset known = current;
    if (text == null ? known.text() == null : text.equals(known.text())) {
      return known.duration();
    }
    return changeTo(text, known);
  }

  private synchronized Duration changeTo(String text, Offset known) {
    Duration duration;
    try {
      duration = text == null || text.isBlank() ? Duration.ZERO : Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      LOG.log(
          Level.SEVERE,
          "{0}=\"{1}\" n''est pas une durée ISO-8601 (ex. P3653D) : décalage inchangé ({2}) / is"
              + " not an ISO-8601 duration (e.g. P3653D): offset unchanged ({2})",
          new Object[] {SETTING, text, known.duration()});
      current = new Offset(text, known.duration());
      return known.duration();
    }
    if (!duration.isZero()) {
      LOG.log(
          Level.WARNING,
          "Horloge du serveur décalée de {0} ({1}) : réservé aux tests et répétitions / Server"
              + " clock shifted by {0} ({1}): for tests and rehearsals only",
          new Object[] {duration, SETTING});
    } else if (!known.duration().isZero()) {
      LOG.info("Horloge du serveur remise à l'heure / Server clock back to the system time");
    }
    current = new Offset(text, duration);
    return duration;
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // a zone other than UTC is asked for a display: the same shifted instants, in that zone
    Clock shifted = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return shifted.withZone(other);
      }

      @Override
      public Instant instant() {
        return shifted.instant();
      }
    };
  }
}
