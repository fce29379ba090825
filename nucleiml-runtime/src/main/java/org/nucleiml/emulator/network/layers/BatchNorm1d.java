package org.nucleiml.emulator.network.layers;

import org.nucleiml.Checks;

/**
 * Batch normalisation without affine parameters (PyTorch {@code nn.BatchNorm1d(features, affine=False)}):
 * in training y = (x - mean_B) / sqrt(var_B + eps) with the batch's mean and biased variance, and the
 * running statistics updated as running = (1 - momentum) running + momentum batch (the variance
 * unbiased, n / (n - 1), as PyTorch); in inference y = (x - runningMean) / sqrt(runningVar + eps).
 * Batch sums run over the rows in row order, so the statistics of a batch do not depend on threads.
 *
 * @param features values per row, >= 1
 * @param momentum weight of the batch in the running statistics, in (0, 1]
 * @param epsilon added to the variance, > 0
 */
public record BatchNorm1d(int features, double momentum, double epsilon) {

  /** PyTorch's defaults: momentum 0.1, eps 1e-5. */
  public BatchNorm1d(int features) {
    this(features, 0.1, 1e-5);
  }

  /** Validates the fields. */
  public BatchNorm1d {
    Checks.positive("batchnorm_features", features);
    if (!(momentum > 0 && momentum <= 1)) {
      throw new org.nucleiml.InvalidParameterException("batchnorm_momentum", momentum, "in (0, 1]");
    }
    Checks.positive("batchnorm_epsilon", epsilon);
  }

  /** Running statistics of a new layer: mean 0, variance 1 (PyTorch's). */
  public double[] initialRunningStatistics() {
    double[] s = new double[2 * features];
    java.util.Arrays.fill(s, features, 2 * features, 1.0);
    return s;
  }

  /**
   * Training-mode forward pass over a batch of {@code rows} >= 2 rows.
   *
   * @param y receives the normalised rows (x-hat, kept for {@link #backward})
   * @param inverseStd receives 1 / sqrt(var_B + eps) per feature (kept for {@link #backward})
   * @param running the running statistics (means then variances), updated in place; null to leave none
   */
  public void trainForward(double[] x, int rows, double[] y, double[] inverseStd, double[] running) {
    if (rows < 2) {
      throw new IllegalArgumentException("batch normalisation in training needs at least 2 rows, got " + rows);
    }
    double[] mean = new double[features];
    for (int r = 0; r < rows; r++) {
      Layer.axpy(1.0, x, r * features, mean, 0, features);
    }
    for (int f = 0; f < features; f++) {
      mean[f] /= rows;
    }
    double[] var = new double[features];
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        double d = x[r * features + f] - mean[f];
        var[f] += d * d;
      }
    }
    for (int f = 0; f < features; f++) {
      var[f] /= rows;
      inverseStd[f] = 1.0 / Math.sqrt(var[f] + epsilon);
    }
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        y[r * features + f] = (x[r * features + f] - mean[f]) * inverseStd[f];
      }
    }
    if (running != null) {
      double unbiased = (double) rows / (rows - 1);
      for (int f = 0; f < features; f++) {
        running[f] = (1 - momentum) * running[f] + momentum * mean[f];
        running[features + f] = (1 - momentum) * running[features + f] + momentum * var[f] * unbiased;
      }
    }
  }

  /**
   * The gradient of a training-mode pass, batch statistics included: dx = (dy - mean(dy) - y
   * mean(dy y)) / sqrt(var_B + eps), means over the batch.
   *
   * @param y the normalised rows of {@link #trainForward}
   */
  public void backward(double[] dy, double[] y, int rows, double[] inverseStd, double[] dx) {
    double[] meanDy = new double[features];
    double[] meanDyY = new double[features];
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        meanDy[f] += dy[r * features + f];
        meanDyY[f] += dy[r * features + f] * y[r * features + f];
      }
    }
    for (int f = 0; f < features; f++) {
      meanDy[f] /= rows;
      meanDyY[f] /= rows;
    }
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        int j = r * features + f;
        dx[j] = (dy[j] - meanDy[f] - y[j] * meanDyY[f]) * inverseStd[f];
      }
    }
  }

  /**
   * Inference-mode forward pass of the {@code rows} rows of {@code x} from {@code offset} on into
   * {@code y} (from 0), with the running statistics (means then variances).
   */
  public void inferenceForward(double[] x, int offset, int rows, double[] y, double[] running) {
    double[] inverseStd = new double[features];
    for (int f = 0; f < features; f++) {
      inverseStd[f] = 1.0 / Math.sqrt(running[features + f] + epsilon);
    }
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        y[r * features + f] = (x[offset + r * features + f] - running[f]) * inverseStd[f];
      }
    }
  }
}
