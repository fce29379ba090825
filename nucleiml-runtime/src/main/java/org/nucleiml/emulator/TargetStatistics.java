package org.nucleiml.emulator;

import java.util.TreeSet;
import java.util.function.IntPredicate;

/** Means and deviations of row-major target columns over selected rows. */
final class TargetStatistics {

  private TargetStatistics() {}

  /** {means, population stds} per column over the rows {@code select} accepts. */
  static double[][] meanStd(double[] values, int dim, IntPredicate select, int rows) {
    double[] mean = new double[dim];
    double[] std = new double[dim];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      if (select.test(r)) {
        count++;
        for (int k = 0; k < dim; k++) {
          mean[k] += values[r * dim + k];
        }
      }
    }
    for (int k = 0; k < dim; k++) {
      mean[k] /= count;
    }
    for (int r = 0; r < rows; r++) {
      if (select.test(r)) {
        for (int k = 0; k < dim; k++) {
          double d = values[r * dim + k] - mean[k];
          std[k] += d * d;
        }
      }
    }
    for (int k = 0; k < dim; k++) {
      std[k] = Math.sqrt(std[k] / count);
    }
    return new double[][] {mean, std};
  }

  /** The distinct (Z, N) pairs as (Z << 32 | N), in ascending order. */
  static TreeSet<Long> distinctNuclei(int[] z, int[] n, int rows) {
    TreeSet<Long> keys = new TreeSet<>();
    for (int r = 0; r < rows; r++) {
      keys.add(((long) z[r] << 32) | n[r]);
    }
    return keys;
  }
}
