package org.nucleiml.emulator;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;

/**
 * The variance calibration of a regressor ensemble: one factor per output, fitted on held-out rows so
 * that the standardised residuals z = (t - mean) / sigma have unit variance,
 * {@code s = (1/n) sum z_i^2}; the calibrated sigma is {@code sqrt(s) * sigma}. The members' spread
 * measures how much they disagree, not how far they all are from the truth, so it is usually too small;
 * the factor corrects its overall size, not its shape across the parameter space.
 */
final class VarianceCalibration {

  private VarianceCalibration() {}

  /**
   * The variance scales (binding energy, charge radius) of {@code emulator}'s uncalibrated ensemble on
   * table rows {@code rows} (the regressor's validation split: admissible rows).
   */
  static List<Double> fit(Emulator emulator, SampleTable table, int[] rows) {
    int count = rows.length;
    double[] nmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < 7; k++) {
        nmp[7 * i + k] = table.nmp(rows[i], k);
      }
      z[i] = table.z(rows[i]);
      n[i] = table.n(rows[i]);
    }
    double[] p = new double[count];
    double[][] mean = new double[2][count];
    double[][] sigma = new double[2][count];
    emulator.predict(nmp, z, n, count, p, mean[0], mean[1], sigma[0], sigma[1], emulator.newWorkspace());
    List<Double> scales = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      double[] truth = new double[count];
      for (int i = 0; i < count; i++) {
        truth[i] = k == 0 ? table.bindingEnergy(rows[i]) : table.chargeRadius(rows[i]);
      }
      scales.add(scale(SampleDatasets.TARGETS.get(k), truth, mean[k], sigma[k]));
    }
    return scales;
  }

  /** The mean of ((t - mean) / sigma)^2 over the rows with a finite, positive sigma. */
  static double scale(String output, double[] truth, double[] mean, double[] sigma) {
    double sum = 0;
    int used = 0;
    for (int i = 0; i < truth.length; i++) {
      if (sigma[i] > 0 && Double.isFinite(sigma[i]) && Double.isFinite(mean[i])) {
        double r = (truth[i] - mean[i]) / sigma[i];
        sum += r * r;
        used++;
      }
    }
    if (used == 0 || !(sum > 0)) {
      throw new InvalidParameterException("calibrateVariance", output + ": " + used + " validation rows with a spread",
          "at least one validation row where the members disagree and miss the truth");
    }
    return sum / used;
  }
}
