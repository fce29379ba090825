package org.nucleiml.masses;

import java.util.List;
import java.util.function.Predicate;

/**
 * A region of the nuclear chart for per-region error tables (section 3.8 of the spec): the Z bands
 * 21-28, 29-50, 51-82, 83-120 and the parity classes even-even, odd-A, odd-odd.
 *
 * @param name the region's name in tables, e.g. {@code Z 29-50} or {@code odd-A}
 * @param contains membership test
 */
public record ChartRegion(String name, Predicate<Nuclide> contains) {

  /** The four Z bands. */
  public static final List<ChartRegion> Z_BANDS = List.of(band(21, 28), band(29, 50), band(51, 82),
      band(83, 120));

  /** The three parity classes. */
  public static final List<ChartRegion> PARITY_CLASSES = List.of(
      new ChartRegion("even-even", x -> x.z() % 2 == 0 && x.n() % 2 == 0),
      new ChartRegion("odd-A", x -> x.a() % 2 == 1),
      new ChartRegion("odd-odd", x -> x.z() % 2 == 1 && x.n() % 2 == 1));

  /** Z in [lo, hi]. */
  public static ChartRegion band(int lo, int hi) {
    return new ChartRegion("Z " + lo + "-" + hi, x -> x.z() >= lo && x.z() <= hi);
  }
}
