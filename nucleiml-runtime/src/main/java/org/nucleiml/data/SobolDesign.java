package org.nucleiml.data;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.nucleiml.Seeds;

/**
 * Sobol points (Joe-Kuo direction numbers, commons-math3) shifted modulo 1 by a seeded random vector,
 * so that different seeds give different, equally uniform, point sets.
 */
final class SobolDesign implements UnitCubeDesign {

  private static final long SHIFT_STREAM = -2L;

  private final int dimension;
  private final double[] shift;
  // Loading the direction numbers is costly, so one generator is shared; skipTo is O(1) per point
  // (a closed form of the Gray code), which makes point(i) independent of call order.
  private final SobolSequenceGenerator sobol;

  SobolDesign(long seed, int dimension) {
    this.dimension = dimension;
    this.sobol = new SobolSequenceGenerator(dimension);
    SplittableRandom random = Seeds.random(seed, SHIFT_STREAM);
    this.shift = new double[dimension];
    for (int d = 0; d < dimension; d++) {
      shift[d] = random.nextDouble();
    }
  }

  @Override
  public synchronized double[] point(long index) {
    if (index > Integer.MAX_VALUE - 1) {
      throw new org.nucleiml.InvalidParameterException("samples", index, "fewer than 2^31 Sobol points");
    }
    // index + 1 skips the origin, the first Sobol point.
    double[] u = sobol.skipTo((int) index + 1).clone();
    for (int d = 0; d < dimension; d++) {
      double v = u[d] + shift[d];
      u[d] = v >= 1.0 ? v - 1.0 : v;
    }
    return u;
  }
}
