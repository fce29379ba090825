package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The scalings of a [S004] model, fitted on the training nuclei: inputs by z-score (the spec's choice,
 * section 4.2) or min-max, the target (mass excess, MeV) by z-score. Population standard deviations; a
 * feature constant on the training rows keeps scale 1.
 *
 * @param kind {@code zscore} or {@code minmax}
 * @param inputShift per feature: the training mean (zscore) or minimum (minmax)
 * @param inputScale per feature: the training standard deviation (zscore) or range (minmax), > 0
 * @param targetMean the training mean of the mass excess, MeV
 * @param targetStd its standard deviation, MeV, > 0
 */
public record MdnScaling(String kind, List<Double> inputShift, List<Double> inputScale, double targetMean,
    double targetStd) {

  /** Checks lengths and positive scales. */
  public MdnScaling {
    inputShift = List.copyOf(inputShift);
    inputScale = List.copyOf(inputScale);
    if (inputShift.size() != inputScale.size()) {
      throw new InvalidParameterException("input scale", inputScale.size() + " values", inputShift.size() + " values");
    }
    for (double s : inputScale) {
      if (!(s > 0 && Double.isFinite(s))) {
        throw new InvalidParameterException("input scale", s, "finite values > 0");
      }
    }
    if (!(targetStd > 0 && Double.isFinite(targetStd))) {
      throw new InvalidParameterException("target std", targetStd, "a finite value > 0");
    }
  }

  /** Fits to the training rows. */
  static MdnScaling fit(String kind, double[][] features, double[] targets) {
    int width = features[0].length;
    Double[] shift = new Double[width];
    Double[] scale = new Double[width];
    for (int k = 0; k < width; k++) {
      double[] column = new double[features.length];
      for (int r = 0; r < features.length; r++) {
        column[r] = features[r][k];
      }
      double[] ms = kind.equals("minmax") ? minMax(column) : meanStd(column);
      shift[k] = ms[0];
      scale[k] = ms[1] > 0 ? ms[1] : 1.0;
    }
    double[] t = meanStd(targets);
    return new MdnScaling(kind, List.of(shift), List.of(scale), t[0], t[1]);
  }

  /** Scaled inputs, row-major. */
  double[] inputs(double[][] rows) {
    int width = inputShift.size();
    double[] x = new double[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != width) {
        throw new InvalidParameterException("feature row", rows[r].length + " values", width + " features");
      }
      for (int k = 0; k < width; k++) {
        x[r * width + k] = (rows[r][k] - inputShift.get(k)) / inputScale.get(k);
      }
    }
    return x;
  }

  /** The scaled target of a mass excess. */
  double scaledTarget(double excessMeV) {
    return (excessMeV - targetMean) / targetStd;
  }

  /** The mass excess, MeV, of a scaled output. */
  double target(double scaled) {
    return targetMean + targetStd * scaled;
  }

  private static double[] meanStd(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / v.length;
    double squares = 0;
    for (double x : v) {
      squares += (x - mean) * (x - mean);
    }
    return new double[] {mean, Math.sqrt(squares / v.length)};
  }

  private static double[] minMax(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return new double[] {lo, hi - lo};
  }
}
