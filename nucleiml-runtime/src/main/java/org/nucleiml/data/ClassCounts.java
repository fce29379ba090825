package org.nucleiml.data;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows per four-class label, accumulated as chunks finish. Thread-safe. */
public final class ClassCounts {

  private final EnumMap<Admissibility, Long> counts = new EnumMap<>(Admissibility.class);

  /** Adds {@code n} rows of class {@code a}. */
  public synchronized void add(Admissibility a, long n) {
    counts.merge(a, n, Long::sum);
  }

  /** Rows of class {@code a}. */
  public synchronized long get(Admissibility a) {
    return counts.getOrDefault(a, 0L);
  }

  /** All rows counted. */
  public synchronized long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Counts keyed by label4 id, every class present (zeros included), in enum order. */
  public synchronized Map<String, Long> byLabel4() {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    for (Admissibility a : Admissibility.values()) {
      m.put(a.id(), counts.getOrDefault(a, 0L));
    }
    return m;
  }

  /** A compact progress text, e.g. "admissible 41.0%, no-couplings 55.1%, ...". */
  public synchronized String summary() {
    long total = Math.max(1, total());
    return byLabel4().entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100.0 * e.getValue() / total))
        .collect(Collectors.joining(", "));
  }
}
