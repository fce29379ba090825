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
    double[][] out = EmulatorEvaluation.predict(emulator, table, rows);
    List<Double> scales = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      double[] truth = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        truth[i] = k == 0 ? table.bindingEnergy(rows[i]) : table.chargeRadius(rows[i]);
      }
      scales.add(scale(SampleDatasets.TARGETS.get(k), truth, out[1 + k], out[3 + k]));
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
