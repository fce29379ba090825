package org.nucleiml.emulator.network;

/**
 * Adam with bias correction (Kingma and Ba, 2015), updating a flat parameter array in place.
 *
 * <pre>
 * D. P. Kingma, J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015.
 * </pre>
 */
public final class AdamOptimizer {

  /** Decay of the first-moment estimate. */
  public static final double BETA1 = 0.9;
  /** Decay of the second-moment estimate. */
  public static final double BETA2 = 0.999;
  /** Added to the root of the second moment; Keras's default, as in the study. */
  public static final double EPSILON = 1e-7;

  private final double learningRate;
  private final double[] m;
  private final double[] v;
  private int step;

  /**
   * @param learningRate The step size, > 0.
   * @param parameterCount The number of parameters updated.
   */
  public AdamOptimizer(double learningRate, int parameterCount) {
    this.learningRate = org.nucleiml.Checks.positive("learning_rate", learningRate);
    this.m = new double[parameterCount];
    this.v = new double[parameterCount];
  }

  /** Applies one update with the mean gradient {@code gradient}. */
  public void step(double[] parameters, double[] gradient) {
    step++;
    // StrictMath: identical on every platform, so retrained models are byte-identical everywhere.
    double c1 = 1.0 / (1.0 - StrictMath.pow(BETA1, step));
    double c2 = 1.0 / (1.0 - StrictMath.pow(BETA2, step));
    for (int j = 0; j < parameters.length; j++) {
      double g = gradient[j];
      m[j] = BETA1 * m[j] + (1 - BETA1) * g;
      v[j] = BETA2 * v[j] + (1 - BETA2) * g * g;
      parameters[j] -= learningRate * (m[j] * c1) / (Math.sqrt(v[j] * c2) + EPSILON);
    }
  }

  /** The number of updates applied so far. */
  public int steps() {
    return step;
  }
}
