package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * Min-max scaling x' = (x - min) / (max - min) per feature with the training rows' minimum and maximum
 * ([S003] §II.A), binary features included, so training inputs lie in [0, 1]. A feature constant on
 * the training rows gets range 1 (it maps to x - min, 0 on those rows).
 *
 * @param min per-feature training minimum
 * @param max per-feature training maximum, >= min
 */
public record InputScaling(List<Double> min, List<Double> max) {

  /** Checks matching lengths and order. */
  public InputScaling {
    min = List.copyOf(min);
    max = List.copyOf(max);
    if (min.size() != max.size()) {
      throw new InvalidParameterException("input_scaling max", max.size() + " values", min.size() + " values");
    }
    for (int k = 0; k < min.size(); k++) {
      if (!(max.get(k) >= min.get(k)) || !Double.isFinite(max.get(k) - min.get(k))) {
        throw new InvalidParameterException("input_scaling feature " + k, min.get(k) + ".." + max.get(k),
            "finite min <= max");
      }
    }
  }

  /** Fits to the given rows of {@code features}. */
  static InputScaling fit(double[][] features, int[] rows) {
    int width = features[0].length;
    Double[] lo = new Double[width];
    Double[] hi = new Double[width];
    for (int k = 0; k < width; k++) {
      double a = Double.POSITIVE_INFINITY;
      double b = Double.NEGATIVE_INFINITY;
      for (int r : rows) {
        a = Math.min(a, features[r][k]);
        b = Math.max(b, features[r][k]);
      }
      lo[k] = a;
      hi[k] = b;
    }
    return new InputScaling(List.of(lo), List.of(hi));
  }

  /** Writes the scaled {@code row} into {@code out} at {@code offset}. */
  void apply(double[] row, double[] out, int offset) {
    if (row.length != min.size()) {
      throw new InvalidParameterException("feature row", row.length + " values", min.size() + " features");
    }
    for (int k = 0; k < row.length; k++) {
      double lo = min.get(k);
      double range = max.get(k) - lo;
      out[offset + k] = (row[k] - lo) / (range > 0 ? range : 1.0);
    }
  }
}
