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

  /** How the sampler should split a batch of points between its threads. */
  enum Evaluation {
    /** One call with the whole batch, from one thread (the density vectorises or parallelises itself). */
    BATCH,
    /** One call per thread, each with a contiguous share of the batch, run concurrently (thread-safe). */
    CHUNKS,
    /** One call per point, the threads taking the next point when free (thread-safe). */
    POINTS
  }

  /** How the sampler should call {@link #evaluate}; single points on all threads by default. */
  default Evaluation evaluation() {
    return Evaluation.POINTS;
  }
}
