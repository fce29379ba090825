package org.nucleiml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Tests for {@link ProgressMeter}. */
class ProgressMeterTest {

  @Test
  void testAdvance_reportsAtIntervalAndAtEnd() {
    AtomicLong now = new AtomicLong(0);
    List<String> lines = new ArrayList<>();
    ProgressMeter meter = new ProgressMeter("sets", 4, Duration.ofSeconds(10), lines::add, now::get);
    now.set(1_000_000_000L);
    meter.advance(); // 1 s: below the interval, silent
    now.set(20_000_000_000L);
    meter.advance(1, () -> "admissible 2"); // 20 s: reported
    now.set(21_000_000_000L);
    meter.advance(2, () -> ""); // done: always reported
    assertEquals(List.of(
        "sets: 2/4 (50.0%), 0.10/s, elapsed 20s, left 20s, admissible 2",
        "sets: 4/4 (100.0%), 0.19/s, elapsed 21s, left 0s"), lines);
  }

  @Test
  void testFormatDuration_units() {
    assertEquals("59s", ProgressMeter.formatDuration(59));
    assertEquals("2m05s", ProgressMeter.formatDuration(125));
    assertEquals("1h01m", ProgressMeter.formatDuration(3660));
  }
}
