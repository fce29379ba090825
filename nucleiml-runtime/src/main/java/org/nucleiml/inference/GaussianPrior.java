package org.nucleiml.inference;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * A Gaussian prior N(mean, sd^2), optionally truncated to [lo, hi] (infinite bounds mean no truncation).
 *
 * @param mean the mean, finite
 * @param sd the standard deviation, > 0
 * @param lo lower truncation bound, may be negative infinity
 * @param hi upper truncation bound, may be positive infinity, > lo
 */
public record GaussianPrior(double mean, double sd, double lo, double hi) implements ParameterPrior {

  private static final double LOG_SQRT_2PI = 0.5 * StrictMath.log(2 * Math.PI);

  /** Requires a finite mean, sd > 0, lo < hi and some mass inside [lo, hi]. */
  public GaussianPrior {
    Checks.finite("mean", mean);
    Checks.positive("sd", sd);
    if (Double.isNaN(lo) || Double.isNaN(hi) || !(hi > lo)) {
      throw new InvalidParameterException("hi", hi, "a number > lo = " + lo);
    }
    if (!(mass(mean, sd, lo, hi) > 0)) {
      throw new InvalidParameterException("mean", mean + " with sd " + sd + " (no prior mass left inside the box ["
          + lo + ", " + hi + "])", "a mean and sd that leave mass inside [" + lo + ", " + hi + "], e.g. a mean in it");
    }
  }

  /**
   * The prior of parameter {@code name}, truncated to its box range; messages name the parameter,
   * e.g. "K0.mean: found 20.0 ... expected ... inside [150.0, 300.0]".
   */
  public static GaussianPrior of(String name, double mean, double sd, double lo, double hi) {
    try {
      return new GaussianPrior(mean, sd, lo, hi);
    } catch (InvalidParameterException e) {
      throw e.in(name);
    }
  }

  /** An untruncated Gaussian prior. */
  public GaussianPrior(double mean, double sd) {
    this(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Override
  public double logDensity(double x) {
    if (!(x >= lo && x <= hi)) {
      return Double.NEGATIVE_INFINITY;
    }
    double z = (x - mean) / sd;
    return -0.5 * z * z - StrictMath.log(sd) - LOG_SQRT_2PI - StrictMath.log(mass(mean, sd, lo, hi));
  }

  /** Inverse-CDF sampling on the truncated interval, exact for any truncation. */
  @Override
  public double sample(SplittableRandom random) {
    double a = cdf((lo - mean) / sd);
    double b = cdf((hi - mean) / sd);
    double u = a + (b - a) * random.nextDouble();
    double x = mean + sd * Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    return Math.min(hi, Math.max(lo, x));
  }

  @Override
  public double[] support() {
    return new double[] {lo, hi};
  }

  @Override
  public double[] range() {
    return new double[] {Math.max(lo, mean - 5 * sd), Math.min(hi, mean + 5 * sd)};
  }

  private static double mass(double mean, double sd, double lo, double hi) {
    return cdf((hi - mean) / sd) - cdf((lo - mean) / sd);
  }

  private static double cdf(double z) {
    if (z == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    return z == Double.NEGATIVE_INFINITY ? 0.0 : 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }
}
