package org.nucleiml.inference;

import java.util.List;
import java.util.SplittableRandom;

/** A prior over the sampled parameters: a log density and a way to draw from it. */
public interface Prior {

  /** Parameter names, in the order of the coordinates. */
  List<String> names();

  /** The number of parameters. */
  default int dimension() {
    return names().size();
  }

  /** The normalised log density at {@code x}; negative infinity outside the support. */
  double logDensity(double[] x);

  /** An independent draw. */
  double[] sample(SplittableRandom random);

  /** A range holding (almost) all prior mass of parameter {@code i}, used for plot axes and binning. */
  double[] range(int i);

  /** Where parameter {@code i} can fall: [lo, hi], with infinite ends where unbounded. */
  double[] support(int i);
}
