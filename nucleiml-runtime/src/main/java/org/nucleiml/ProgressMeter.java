package org.nucleiml;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reports progress of long work as "done/total, rate, time left" at a fixed interval, so a Maven log
 * shows a study is alive without drowning in lines. Thread-safe.
 */
public final class ProgressMeter {

  private final String task;
  private final long total;
  private final long intervalNanos;
  private final Consumer<String> sink;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastReport;

  /**
   * @param task what is being counted, e.g. "generate: parameter sets"
   * @param total the number of items to do
   * @param interval the minimum time between two reports
   * @param sink where the lines go (the Maven log, stderr)
   */
  public ProgressMeter(String task, long total, Duration interval, Consumer<String> sink) {
    this(task, total, interval, sink, System::nanoTime);
  }

  ProgressMeter(String task, long total, Duration interval, Consumer<String> sink, LongSupplier clock) {
    this.task = task;
    this.total = total;
    this.intervalNanos = interval.toNanos();
    this.sink = sink;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastReport = start;
  }

  /** Counts {@code items} more finished items; reports when the interval has passed. */
  public synchronized void advance(long items, Supplier<String> detail) {
    done += items;
    long now = clock.getAsLong();
    if (now - lastReport >= intervalNanos || done == total) {
      lastReport = now;
      sink.accept(line(now, detail.get()));
    }
  }

  /** Counts one finished item. */
  public void advance() {
    advance(1, () -> "");
  }

  /** Items done so far. */
  public synchronized long done() {
    return done;
  }

  /** Seconds since the meter started. */
  public synchronized double elapsedSeconds() {
    return (clock.getAsLong() - start) / 1e9;
  }

  private String line(long now, String detail) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    double rate = done / seconds;
    String left = rate > 0 ? formatDuration((total - done) / rate) : "?";
    String text = String.format(Locale.ROOT, "%s: %d/%d (%.1f%%), %.2f/s, elapsed %s, left %s",
        task, done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, formatDuration(seconds), left);
    return detail.isEmpty() ? text : text + ", " + detail;
  }

  static String formatDuration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
