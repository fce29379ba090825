package org.nucleiml.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;

/**
 * The variance calibration of a regressor ensemble, fitted on held-out rows (the regressor's validation
 * split) with the standardised residuals z_i = (t_i - mean_i) / sigma_i of the rows with sigma_i > 0. The
 * members' spread measures how much they disagree, not how far they all are from the truth, so it is
 * usually too small. Per {@link CalibrationMethod}:
 * <ul>
 *   <li>unit variance: {@code s = (1/n) sum z_i^2}, so the calibrated residuals have unit variance;
 *   <li>quantile: {@code s = (|z|_(k) / z95)^2} with |z|_(k) the k-th smallest |z_i|, k = ceil(0.95 n),
 *       the smallest factor that puts at least 95% of the rows inside mean +- z95 sqrt(s) sigma (raised
 *       by one part in 10^12 against rounding).
 * </ul>
 * The calibrated sigma is {@code sqrt(s) * sigma}. A per-nucleus method fits each nucleus' rows alone and
 * keeps the fit over all rows as the factor of nuclei it never saw.
 */
final class VarianceCalibration {

  /** The two-sided 95% point of the standard normal distribution, as the validation's coverage uses it. */
  static final double Z95 = 1.9599639845400536;

  private VarianceCalibration() {}

  /**
   * The variance scale of {@code emulator}'s uncalibrated ensemble on table rows {@code rows} (the
   * regressor's validation split: admissible rows).
   */
  static VarianceScale fit(Emulator emulator, SampleTable table, int[] rows, CalibrationMethod method) {
    double[][] out = EmulatorEvaluation.predict(emulator, table, rows);
    double[][] truth = new double[2][rows.length];
    for (int i = 0; i < rows.length; i++) {
      truth[0][i] = table.bindingEnergy(rows[i]);
      truth[1][i] = table.chargeRadius(rows[i]);
    }
    List<Double> global = factors(method, truth, out, all(rows.length), "");
    List<VarianceScale.NucleusScale> nuclei = new ArrayList<>();
    if (method.perNucleus()) {
      // TreeMap on (Z, N): the nuclei in a fixed order whatever the order of the rows
      TreeMap<Long, List<Integer>> byNucleus = new TreeMap<>();
      for (int i = 0; i < rows.length; i++) {
        byNucleus.computeIfAbsent(((long) table.z(rows[i]) << 32) | table.n(rows[i]), k -> new ArrayList<>()).add(i);
      }
      for (var e : byNucleus.entrySet()) {
        int z = (int) (e.getKey() >>> 32);
        int n = (int) (long) e.getKey();
        int[] subset = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        nuclei.add(new VarianceScale.NucleusScale(z, n, factors(method, truth, out, subset, " Z=" + z + " N=" + n)));
      }
    }
    return new VarianceScale(method, global, nuclei);
  }

  private static int[] all(int count) {
    int[] rows = new int[count];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  /** The factors of both outputs over {@code subset} (indices into truth and out). */
  private static List<Double> factors(CalibrationMethod method, double[][] truth, double[][] out, int[] subset,
      String where) {
    List<Double> scales = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      double[] t = new double[subset.length];
      double[] mean = new double[subset.length];
      double[] sigma = new double[subset.length];
      for (int i = 0; i < subset.length; i++) {
        t[i] = truth[k][subset[i]];
        mean[i] = out[1 + k][subset[i]];
        sigma[i] = out[3 + k][subset[i]];
      }
      String output = SampleDatasets.TARGETS.get(k) + where;
      scales.add(method.quantile() ? quantile(output, t, mean, sigma) : scale(output, t, mean, sigma));
    }
    return scales;
  }

  /** The mean of ((t - mean) / sigma)^2 over the rows with a finite, positive sigma. */
  static double scale(String output, double[] truth, double[] mean, double[] sigma) {
    double[] z = standardised(output, truth, mean, sigma);
    double sum = 0;
    for (double r : z) {
      sum += r * r;
    }
    return positive(output, z.length, sum / z.length);
  }

  /**
   * The smallest variance factor s with at least 95% of the rows (finite, positive sigma) inside
   * mean +- z95 sqrt(s) sigma: (|z|_(k) / z95)^2 with k = ceil(0.95 n).
   */
  static double quantile(String output, double[] truth, double[] mean, double[] sigma) {
    double[] z = standardised(output, truth, mean, sigma);
    for (int i = 0; i < z.length; i++) {
      z[i] = Math.abs(z[i]);
    }
    Arrays.sort(z);
    int k = (95 * z.length + 99) / 100; // ceil(0.95 n) in exact integer arithmetic
    // one part in 10^12 more, so that rounding in sqrt(s) * spread never drops the k-th row out of the interval
    double f = z[k - 1] / Z95 * (1 + 1e-12);
    return positive(output, z.length, f * f);
  }

  private static double[] standardised(String output, double[] truth, double[] mean, double[] sigma) {
    double[] z = new double[truth.length];
    int used = 0;
    for (int i = 0; i < truth.length; i++) {
      if (sigma[i] > 0 && Double.isFinite(sigma[i]) && Double.isFinite(mean[i])) {
        z[used++] = (truth[i] - mean[i]) / sigma[i];
      }
    }
    if (used == 0) {
      throw noSpread(output, 0);
    }
    return Arrays.copyOf(z, used);
  }

  private static double positive(String output, int used, double s) {
    if (!(s > 0)) {
      throw noSpread(output, used);
    }
    return s;
  }

  private static InvalidParameterException noSpread(String output, int used) {
    return new InvalidParameterException("calibrateVariance", output + ": " + used + " validation rows with a spread",
        "at least one validation row where the members disagree and miss the truth");
  }
}
