package org.nucleiml.inference.plot;

/**
 * One posterior sample to draw.
 *
 * @param label the legend label, e.g. "emulator"
 * @param points draws [sample][coordinate]
 */
public record PlotSeries(String label, double[][] points) {

  /** Coordinate {@code p} of every draw, sorted ascending. */
  double[] sortedColumn(int p) {
    double[] x = new double[points.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = points[i][p];
    }
    java.util.Arrays.sort(x);
    return x;
  }

  /** The q-quantile of coordinate p from sorted values (linear interpolation). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
