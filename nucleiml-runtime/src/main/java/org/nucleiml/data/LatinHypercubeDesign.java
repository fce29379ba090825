package org.nucleiml.data;

import java.util.SplittableRandom;
import org.nucleiml.Seeds;

/**
 * Latin hypercube: for each parameter, a seeded permutation assigns sample i its stratum, and a
 * generator seeded by (seed, i) places it inside the stratum.
 */
final class LatinHypercubeDesign implements UnitCubeDesign {

  // Stream ids far from any sample index, so the permutations never reuse a sample's stream.
  private static final long PERMUTATION_STREAM = -1L;

  private final long seed;
  private final int[][] strata;

  LatinHypercubeDesign(long seed, long count, int dimension) {
    if (count > Integer.MAX_VALUE) {
      throw new org.nucleiml.InvalidParameterException("samples", count,
          "at most " + Integer.MAX_VALUE + " for a Latin hypercube");
    }
    this.seed = seed;
    this.strata = new int[dimension][];
    for (int d = 0; d < dimension; d++) {
      strata[d] = Seeds.permutation((int) count, Seeds.random(seed, PERMUTATION_STREAM, d));
    }
  }

  @Override
  public double[] point(long index) {
    SplittableRandom random = Seeds.random(seed, index);
    int n = strata[0].length;
    double[] u = new double[strata.length];
    for (int d = 0; d < u.length; d++) {
      u[d] = (strata[d][(int) index] + random.nextDouble()) / n;
    }
    return u;
  }
}
