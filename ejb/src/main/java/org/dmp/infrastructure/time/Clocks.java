package org.dmp.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the clock the application reads the time from: the system's UTC time, moved by the
 * setting {@code dmp.clock.offset} (clock.cli; tests and rehearsals only, see {@link
 * ShiftedClock}). One clock for the whole application, so that every service sees the same time.
 */
@ApplicationScoped
public class Clocks {

  private final ShiftedClock clock = ShiftedClock.ofSystemProperty();

  @Produces
  Clock clock() {
    return clock;
  }

  /** Reads the setting once at startup, so that a non-zero offset is logged before any request. */
  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    clock.offset();
  }
}
