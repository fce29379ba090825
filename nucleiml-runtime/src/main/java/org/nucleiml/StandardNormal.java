package org.nucleiml;

import java.util.SplittableRandom;

/**
 * Standard normal draws that are the same on every JVM and CPU: Box-Muller with {@link StrictMath}.
 * {@code SplittableRandom.nextGaussian()} is not used because its algorithm is an implementation
 * detail of the JDK, and {@link Math}'s log and cos may be replaced by platform intrinsics.
 */
public final class StandardNormal {

  private StandardNormal() {}

  /** One draw; consumes exactly two uniforms of {@code random}. */
  public static double draw(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1], so the log is finite
    double v = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }
}
