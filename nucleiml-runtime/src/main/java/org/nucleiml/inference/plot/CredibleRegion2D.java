package org.nucleiml.inference.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Highest-density credible regions of two coordinates from a 2-D histogram: the fullest cells that
 * together hold 68% (and 95%) of the draws. XChart has no contour plot, so the regions are drawn as
 * filled cells, which shows the same contours at the histogram's resolution.
 */
final class CredibleRegion2D {

  private CredibleRegion2D() {}

  /**
   * Cell centres of the smallest set of cells holding each mass fraction: [level][x or y][cell].
   *
   * @param levels ascending mass fractions, e.g. {0.68, 0.95}
   */
  static double[][][] cells(double[][] points, int px, int py, double[] rx, double[] ry, int bins,
      double[] levels) {
    double[] counts = new double[bins * bins];
    for (double[] v : points) {
      int i = bin(v[px], rx, bins);
      int j = bin(v[py], ry, bins);
      if (i >= 0 && j >= 0) {
        counts[i * bins + j]++;
      }
    }
    Integer[] order = new Integer[counts.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Double.compare(counts[b], counts[a]));
    double[][][] result = new double[levels.length][][];
    for (int l = 0; l < levels.length; l++) {
      result[l] = centres(order, counts, levels[l] * points.length, rx, ry, bins);
    }
    return result;
  }

  private static double[][] centres(Integer[] order, double[] counts, double mass, double[] rx,
      double[] ry, int bins) {
    List<double[]> cells = new ArrayList<>();
    double sum = 0;
    for (int k = 0; k < order.length && sum < mass && counts[order[k]] > 0; k++) {
      int c = order[k];
      sum += counts[c];
      cells.add(new double[] {centre(c / bins, rx, bins), centre(c % bins, ry, bins)});
    }
    double[][] xy = new double[2][cells.size()];
    for (int k = 0; k < cells.size(); k++) {
      xy[0][k] = cells.get(k)[0];
      xy[1][k] = cells.get(k)[1];
    }
    return xy;
  }

  private static int bin(double v, double[] range, int bins) {
    if (!(v >= range[0] && v <= range[1])) {
      return -1;
    }
    return Math.min(bins - 1, (int) ((v - range[0]) / (range[1] - range[0]) * bins));
  }

  private static double centre(int b, double[] range, int bins) {
    return range[0] + (b + 0.5) * (range[1] - range[0]) / bins;
  }
}
