package org.nucleiml.inference;

import java.util.SplittableRandom;

/** The prior of one parameter, a factor of a {@link ProductPrior}. */
public sealed interface ParameterPrior permits UniformPrior, GaussianPrior {

  /** The normalised log density at {@code x}; negative infinity outside the support. */
  double logDensity(double x);

  /** An independent draw. */
  double sample(SplittableRandom random);

  /** A finite range holding (almost) all the mass: the support, or mean +- 5 sd where unbounded. */
  double[] range();

  /** Where the density is non-zero: [lo, hi], with infinite ends where unbounded. */
  double[] support();
}
