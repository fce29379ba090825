package org.nucleiml.inference.mcmc;

/** An unnormalised log probability density the sampler draws from, evaluated in batches of points. */
public interface LogDensity {

  /** The number of coordinates of a point. */
  int dimension();

  /**
   * Writes the log density of {@code points[i]} to {@code out[i]}: negative infinity (or NaN) outside
   * the support. {@code walkers[i]} names the walker that proposed the point.
   */
  void evaluate(double[][] points, int[] walkers, double[] out);

  /**
   * True when the density wants one call per batch from one thread (it vectorises or parallelises
   * itself); false when it is thread-safe and the sampler should spread single points over threads.
   */
  default boolean batched() {
    return false;
  }
}
