package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * Standardisation x' = (x - mean) / std per feature, with statistics of the training split only so
 * that nothing of the validation or test rows leaks into the model.
 *
 * @param means per-feature means
 * @param stds per-feature standard deviations; a constant feature gets 1
 */
public record FeatureScaler(List<Double> means, List<Double> stds) {

  /** Checks matching lengths and positive deviations. */
  public FeatureScaler {
    means = List.copyOf(means);
    stds = List.copyOf(stds);
    if (means.size() != stds.size()) {
      throw new InvalidParameterException("scaler.stds", stds.size() + " values", means.size() + " values");
    }
    for (double s : stds) {
      if (!(s > 0 && Double.isFinite(s))) {
        throw new InvalidParameterException("scaler.stds", s, "finite values > 0");
      }
    }
  }

  /** Fits to {@code rows} rows of {@code width} values, row-major. */
  public static FeatureScaler fit(double[] values, int rows, int width) {
    if (rows == 0) {
      throw new InvalidParameterException("training_rows", 0, "at least one row to fit the scaler");
    }
    Double[] means = new Double[width];
    Double[] stds = new Double[width];
    for (int k = 0; k < width; k++) {
      double sum = 0;
      for (int r = 0; r < rows; r++) {
        sum += values[r * width + k];
      }
      double mean = sum / rows;
      double squares = 0;
      for (int r = 0; r < rows; r++) {
        double d = values[r * width + k] - mean;
        squares += d * d;
      }
      double std = Math.sqrt(squares / rows);
      means[k] = mean;
      stds[k] = std > 1e-12 * Math.max(1, Math.abs(mean)) ? std : 1.0;
    }
    return new FeatureScaler(List.of(means), List.of(stds));
  }

  /** The number of features. */
  public int width() {
    return means.size();
  }

  /** Standardises {@code rows} rows in place. */
  public void applyInPlace(double[] values, int rows) {
    int width = width();
    double[] m = toArray(means);
    double[] inv = inverse(stds);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < width; k++) {
        values[r * width + k] = (values[r * width + k] - m[k]) * inv[k];
      }
    }
  }

  /** Means as an array (for hot loops). */
  public double[] meanArray() {
    return toArray(means);
  }

  /** Reciprocal standard deviations as an array (for hot loops). */
  public double[] inverseStdArray() {
    return inverse(stds);
  }

  private static double[] toArray(List<Double> list) {
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] inverse(List<Double> list) {
    return list.stream().mapToDouble(d -> 1.0 / d).toArray();
  }
}
