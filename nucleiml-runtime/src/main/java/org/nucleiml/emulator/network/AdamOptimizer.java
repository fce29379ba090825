package org.nucleiml.emulator.network;

import org.nucleiml.Checks;

/**
 * Adam with bias correction (Kingma and Ba, 2015), updating a flat parameter array in place, with an
 * optional coupled L2 weight decay as in {@code torch.optim.Adam(weight_decay = lambda)}: the gradient
 * becomes g + lambda * theta on every parameter before the moments are updated, which minimises
 * L + (lambda / 2) |theta|^2.
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
  /** Added to the root of the second moment; Keras's default, as in the emulator study. */
  public static final double EPSILON = 1e-7;
  /** PyTorch's default epsilon, used by the mass-model studies. */
  public static final double TORCH_EPSILON = 1e-8;

  private final double learningRate;
  private final double epsilon;
  private final double weightDecay;
  private final double[] m;
  private final double[] v;
  private int step;

  /**
   * Adam with epsilon {@link #EPSILON} and no weight decay (the emulator's).
   *
   * @param learningRate The step size, > 0.
   * @param parameterCount The number of parameters updated.
   */
  public AdamOptimizer(double learningRate, int parameterCount) {
    this(learningRate, parameterCount, EPSILON, 0.0);
  }

  /**
   * @param learningRate The step size of {@link #step(double[], double[])}, > 0.
   * @param parameterCount The number of parameters updated.
   * @param epsilon Added to the root of the bias-corrected second moment, > 0.
   * @param weightDecay The coupled L2 coefficient lambda, >= 0.
   */
  public AdamOptimizer(double learningRate, int parameterCount, double epsilon, double weightDecay) {
    this.learningRate = Checks.positive("learning_rate", learningRate);
    this.epsilon = Checks.positive("adam_epsilon", epsilon);
    this.weightDecay = Checks.nonNegative("weight_decay", weightDecay);
    this.m = new double[parameterCount];
    this.v = new double[parameterCount];
  }

  /** Applies one update with the mean gradient {@code gradient} and the constructor's learning rate. */
  public void step(double[] parameters, double[] gradient) {
    step(parameters, gradient, learningRate);
  }

  /**
   * Applies one update with the mean gradient {@code gradient} (left unchanged) and step size
   * {@code rate} (a schedule's choice for this step).
   */
  public void step(double[] parameters, double[] gradient, double rate) {
    step++;
    // StrictMath: identical on every platform, so retrained models are byte-identical everywhere.
    double c1 = 1.0 / (1.0 - StrictMath.pow(BETA1, step));
    double c2 = 1.0 / (1.0 - StrictMath.pow(BETA2, step));
    boolean decay = weightDecay != 0.0;
    for (int j = 0; j < parameters.length; j++) {
      // Branch rather than add 0 * theta: keeps the emulator's arithmetic (and signed zeros) untouched.
      double g = decay ? gradient[j] + weightDecay * parameters[j] : gradient[j];
      m[j] = BETA1 * m[j] + (1 - BETA1) * g;
      v[j] = BETA2 * v[j] + (1 - BETA2) * g * g;
      parameters[j] -= rate * (m[j] * c1) / (Math.sqrt(v[j] * c2) + epsilon);
    }
  }

  /** The number of updates applied so far. */
  public int steps() {
    return step;
  }
}
