package org.nucleiml.emulator.massmodel;

import org.nucleiml.InvalidParameterException;

/**
 * Input sensitivities of a mass model ([S003] §II.B Eq. (2), spec 2.4): S_j = (1/N) Σ_i |∂y_i/∂x_j| over
 * the rows, x_j the min-max scaled inputs and y one network output on its normalised scale (for a model
 * of several members their mean output, the model's prediction), and
 * S_j^norm = S_j / Σ_k S_k. The derivative is a central difference with step 1e-5 in the scaled
 * input: the network is smooth (GELU), so the truncation error is of order 1e-10 relative, far below
 * what a bar chart shows, and the result is deterministic.
 */
public final class Sensitivity {

  private static final double STEP = 1e-5;

  private Sensitivity() {}

  /**
   * S_j^norm of output {@code output} over {@code features} (unscaled, in the model's feature order).
   *
   * @return one value per feature, summing to 1
   */
  public static double[] normalised(TrainedMassModel model, double[][] features, int output) {
    double[] s = raw(model, features, output);
    double sum = 0;
    for (double v : s) {
      sum += v;
    }
    for (int j = 0; j < s.length; j++) {
      s[j] = sum == 0 ? 0 : s[j] / sum;
    }
    return s;
  }

  /** S_j of output {@code output} over {@code features} (unscaled). */
  public static double[] raw(TrainedMassModel model, double[][] features, int output) {
    int outputs = model.outputNames().size();
    if (output < 0 || output >= outputs) {
      throw new InvalidParameterException("output", output, "an output index in [0, " + outputs + ")");
    }
    if (features.length == 0) {
      throw new InvalidParameterException("features", "no rows", "at least one row");
    }
    int width = model.featureNames().size();
    double[] s = new double[width];
    double[] x = new double[width];
    for (double[] row : features) {
      model.inputScaling().apply(row, x, 0);
      for (int j = 0; j < width; j++) {
        double keep = x[j];
        x[j] = keep + STEP;
        double up = model.scaledOutputs(x)[output];
        x[j] = keep - STEP;
        double down = model.scaledOutputs(x)[output];
        x[j] = keep;
        s[j] += Math.abs(up - down) / (2 * STEP);
      }
    }
    for (int j = 0; j < width; j++) {
      s[j] /= features.length;
    }
    return s;
  }
}
