package org.nucleiml.inference;

import java.util.SplittableRandom;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * A uniform prior on the closed interval [lo, hi].
 *
 * @param lo lower bound, finite
 * @param hi upper bound, finite and > lo
 */
public record UniformPrior(double lo, double hi) implements ParameterPrior {

  /** Requires finite bounds with lo < hi. */
  public UniformPrior {
    Checks.finite("lo", lo);
    Checks.finite("hi", hi);
    if (!(hi > lo)) {
      throw new InvalidParameterException("hi", hi, "a number > lo = " + lo);
    }
  }

  @Override
  public double logDensity(double x) {
    return x >= lo && x <= hi ? -StrictMath.log(hi - lo) : Double.NEGATIVE_INFINITY;
  }

  @Override
  public double sample(SplittableRandom random) {
    return lo + (hi - lo) * random.nextDouble();
  }

  @Override
  public double[] support() {
    return new double[] {lo, hi};
  }

  @Override
  public double[] range() {
    return new double[] {lo, hi};
  }
}
