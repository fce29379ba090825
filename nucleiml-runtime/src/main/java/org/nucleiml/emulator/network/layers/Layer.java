package org.nucleiml.emulator.network.layers;

import java.util.SplittableRandom;

/**
 * One layer acting on a block of rows, each row a flat vector ({@code rows x inputSize()} values in,
 * {@code rows x outputSize()} out, row-major). Layers are immutable shapes: the parameters live in a
 * caller's flat array at a caller's offset, so one layer serves every thread. Processing a block of
 * rows together lets a weight row loaded once serve every row of the block.
 */
public sealed interface Layer permits Dense, Conv1d, MaxPool1d, Elementwise {

  /** Values per input row. */
  int inputSize();

  /** Values per output row. */
  int outputSize();

  /** Number of weights and biases. */
  int parameterCount();

  /** Draws this layer's parameters into {@code p[offset ..]} (nothing for parameter-free layers). */
  void initialise(double[] p, int offset, SplittableRandom random);

  /** Computes {@code out} from {@code in} for {@code rows} rows. */
  void forward(double[] p, int offset, double[] in, double[] out, int rows);

  /**
   * Given dLoss/dOut, adds dLoss/dParameters to {@code grad[offset ..]} and sets dLoss/dIn (skipped
   * when {@code dIn} is null, as for a network's input).
   *
   * @param in the input of the last {@link #forward} of these rows
   * @param out its output
   */
  void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, double[] dIn, double[] grad,
      int rows);

  /**
   * PyTorch's default initialisation of {@code nn.Linear} and {@code nn.Conv1d}: weights
   * Kaiming-uniform with a = sqrt 5 and biases both U(-1/sqrt(fanIn), 1/sqrt(fanIn)); weights drawn first
   * in this library's storage order, then biases.
   */
  static void torchDefault(double[] p, int offset, int count, int fanIn, SplittableRandom random) {
    double bound = 1.0 / Math.sqrt(fanIn);
    for (int j = 0; j < count; j++) {
      p[offset + j] = bound * (2 * random.nextDouble() - 1);
    }
  }

  /** sum_j a[ia + j] * b[ib + j], j < n, in four interleaved partial sums (fixed order; lets the CPU overlap adds). */
  static double dot(double[] a, int ia, double[] b, int ib, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += a[ia + j] * b[ib + j];
      s1 += a[ia + j + 1] * b[ib + j + 1];
      s2 += a[ia + j + 2] * b[ib + j + 2];
      s3 += a[ia + j + 3] * b[ib + j + 3];
    }
    for (; j < n; j++) {
      s0 += a[ia + j] * b[ib + j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** y[iy + j] += a * x[ix + j], j < n. */
  static void axpy(double a, double[] x, int ix, double[] y, int iy, int n) {
    for (int j = 0; j < n; j++) {
      y[iy + j] += a * x[ix + j];
    }
  }
}
