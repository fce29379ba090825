package org.nucleiml.physics.matter;

import java.util.SplittableRandom;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * Uniform points of the study's NMP box (study.md Table 1), one generator per (seed, index) so that
 * every point is reproducible on its own.
 */
public final class NmpBox {

  private static final double[] LO = {0.14, -16.5, 150, -1500, 0.5, 20, 20};
  private static final double[] HI = {0.17, -15.5, 300, 400, 0.8, 40, 100};

  private NmpBox() {}

  /** Point {@code index} of the sample with {@code seed}. */
  public static NuclearMatterParameters point(long seed, int index) {
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    double[] v = new double[LO.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = LO[i] + (HI[i] - LO[i]) * random.nextDouble();
    }
    return NuclearMatterParameters.fromArray(v);
  }

  /** SplitMix64 finaliser of seed and index: decorrelates neighbouring indices. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
