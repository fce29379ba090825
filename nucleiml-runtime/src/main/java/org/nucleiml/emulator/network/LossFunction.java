package org.nucleiml.emulator.network;

/**
 * Per-row training losses and their gradients with respect to the network outputs.
 *
 * <p>Each loss is the mean over the output dimensions of one row; the trainer averages rows.
 * {@link #MAPE} is evaluated in physical units (the trainer maps scaled outputs back first), the
 * others on the scaled outputs the network produces. StrictMath keeps results identical on every
 * platform, so model files are byte-identical everywhere.
 */
public enum LossFunction {

  /** Mean absolute percentage error, 100 |y - t| / |t|, the paper's regression loss. */
  MAPE(true) {
    @Override
    public double evaluate(double[] y, int yOff, double[] t, int tOff, int dim, double[] g, int gOff) {
      double sum = 0;
      for (int k = 0; k < dim; k++) {
        double diff = y[yOff + k] - t[tOff + k];
        double scale = 100.0 / (Math.abs(t[tOff + k]) * dim);
        sum += Math.abs(diff) * scale;
        if (g != null) {
          g[gOff + k] = Math.signum(diff) * scale;
        }
      }
      return sum;
    }
  },

  /** Mean squared error. */
  MSE(false) {
    @Override
    public double evaluate(double[] y, int yOff, double[] t, int tOff, int dim, double[] g, int gOff) {
      double sum = 0;
      for (int k = 0; k < dim; k++) {
        double diff = y[yOff + k] - t[tOff + k];
        sum += diff * diff / dim;
        if (g != null) {
          g[gOff + k] = 2 * diff / dim;
        }
      }
      return sum;
    }
  },

  /** Huber loss with threshold 1 (in scaled units): quadratic near zero, linear beyond. */
  HUBER(false) {
    @Override
    public double evaluate(double[] y, int yOff, double[] t, int tOff, int dim, double[] g, int gOff) {
      double sum = 0;
      for (int k = 0; k < dim; k++) {
        double diff = y[yOff + k] - t[tOff + k];
        double abs = Math.abs(diff);
        sum += (abs <= 1 ? 0.5 * diff * diff : abs - 0.5) / dim;
        if (g != null) {
          g[gOff + k] = (abs <= 1 ? diff : Math.signum(diff)) / dim;
        }
      }
      return sum;
    }
  },

  /** Softmax of the outputs (logits) followed by categorical cross-entropy against target probabilities. */
  CROSS_ENTROPY(false) {
    @Override
    public double evaluate(double[] y, int yOff, double[] t, int tOff, int dim, double[] g, int gOff) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < dim; k++) {
        max = Math.max(max, y[yOff + k]);
      }
      double norm = 0;
      for (int k = 0; k < dim; k++) {
        norm += StrictMath.exp(y[yOff + k] - max);
      }
      double logNorm = StrictMath.log(norm) + max;
      double loss = 0;
      for (int k = 0; k < dim; k++) {
        double logP = y[yOff + k] - logNorm;
        loss -= t[tOff + k] == 0 ? 0 : t[tOff + k] * logP;
        if (g != null) {
          g[gOff + k] = StrictMath.exp(logP) - t[tOff + k];
        }
      }
      return loss;
    }
  };

  private final boolean physicalUnits;

  LossFunction(boolean physicalUnits) {
    this.physicalUnits = physicalUnits;
  }

  /**
   * The loss of one row, writing dLoss/dy into {@code g} when it is not null.
   *
   * @param y outputs (logits for cross-entropy) at {@code yOff}
   * @param t targets at {@code tOff} (probabilities summing to 1 for cross-entropy)
   * @param dim the number of outputs
   */
  public abstract double evaluate(double[] y, int yOff, double[] t, int tOff, int dim, double[] g, int gOff);

  /** Whether the loss compares values in physical units rather than the network's scaled outputs. */
  public boolean physicalUnits() {
    return physicalUnits;
  }
}
