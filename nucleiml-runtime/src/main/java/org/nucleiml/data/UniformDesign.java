package org.nucleiml.data;

import java.util.SplittableRandom;
import org.nucleiml.Seeds;

/** Independent uniform points: point i comes from a generator seeded by (seed, i). */
final class UniformDesign implements UnitCubeDesign {

  private final long seed;
  private final int dimension;

  UniformDesign(long seed, int dimension) {
    this.seed = seed;
    this.dimension = dimension;
  }

  @Override
  public double[] point(long index) {
    SplittableRandom random = Seeds.random(seed, index);
    double[] u = new double[dimension];
    for (int d = 0; d < dimension; d++) {
      u[d] = random.nextDouble();
    }
    return u;
  }
}
