package org.dmp.infrastructure.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The offset setting moves the clock at once, back again, and a bad value changes nothing. */
class ShiftedClockTest {

  private static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");

  private final AtomicReference<String> setting = new AtomicReference<>();
  private final ShiftedClock clock =
      new ShiftedClock(Clock.fixed(NOW, ZoneOffset.UTC), setting::get);

  @Test
  void noSettingOrAnEmptyOneIsTheSystemTime() {
    assertThat(clock.instant()).isEqualTo(NOW);
    setting.set("");
    assertThat(clock.instant()).isEqualTo(NOW);
    setting.set("PT0S");
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void aChangedSettingMovesTheClockAtTheNextReading() {
    setting.set("P3653D");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(3653)));
    setting.set("-PT1H");
    assertThat(clock.instant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    setting.set(null);
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void aValueThatIsNotADurationLeavesTheOffsetInForce() {
    setting.set("P1D");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    setting.set("ten years");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void anotherZoneShowsTheSameShiftedInstants() {
    setting.set("P2D");
    assertThat(clock.withZone(ZoneOffset.ofHours(1)).instant())
        .isEqualTo(NOW.plus(Duration.ofDays(2)));
  }
}
