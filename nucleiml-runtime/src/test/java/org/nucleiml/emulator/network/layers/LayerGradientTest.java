package org.nucleiml.emulator.network.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.Activation;

/**
 * Every layer's backward pass against central finite differences of L = sum_j c_j out_j (random c), for
 * the parameters and the inputs, over a block of three rows; and the forward passes against direct
 * formulas in PyTorch's own layouts.
 */
class LayerGradientTest {

  private static final double H = 1e-6;

  @Test
  void testDense_gradientsMatchFiniteDifferences() {
    check(new Dense(5, 4), 3);
  }

  @Test
  void testConv1d_gradientsMatchFiniteDifferences_paddedAndUnpadded() {
    check(new Conv1d(3, 4, 7, 3, 1), 3);
    check(new Conv1d(4, 2, 3, 2, 0), 3);
  }

  @Test
  void testMaxPool1d_inputGradientMatchesFiniteDifferences() {
    check(new MaxPool1d(3, 8, 3), 3);
  }

  @Test
  void testElementwise_leakyReluAndSigmoidGradientsMatchFiniteDifferences() {
    check(new Elementwise(6, Activation.leakyRelu(0.01)), 3);
    check(new Elementwise(6, Activation.SIGMOID), 3);
  }

  @Test
  void testLayerStack_gradientsMatchFiniteDifferences() {
    Conv1d conv = new Conv1d(2, 3, 6, 3, 1);
    MaxPool1d pool = new MaxPool1d(3, 6, 2);
    LayerStack stack = new LayerStack(List.of(conv, new Elementwise(conv.outputSize(), Activation.leakyRelu(0.01)),
        pool, new Dense(pool.outputSize(), 2), new Elementwise(2, Activation.SIGMOID)), 0);
    SplittableRandom random = new SplittableRandom(3);
    double[] p = new double[stack.parameterCount()];
    stack.initialise(p, random);
    int rows = 2;
    double[] x = uniform(random, rows * stack.inputSize());
    double[] c = uniform(random, rows * stack.outputSize());
    LayerStack.Tape tape = stack.newTape(rows);
    System.arraycopy(x, 0, tape.input(), 0, x.length);
    stack.forward(p, tape, rows);
    double[] g = new double[p.length];
    double[] dx = new double[x.length];
    stack.backward(p, tape, c, dx, g, rows);
    for (int j = 0; j < p.length; j++) {
      int k = j;
      assertClose(g[j], difference(v -> stackLoss(stack, v, x, c, rows), p, k), "parameter " + j);
    }
    for (int j = 0; j < x.length; j++) {
      int k = j;
      assertClose(dx[j], difference(v -> stackLoss(stack, p, v, c, rows), x, k), "input " + j);
    }
  }

  @Test
  void testConv1d_forwardIsPytorchCrossCorrelationWithZeroPadding() {
    // Direct formula with PyTorch's layouts: weight[o][c][t], input[c][x], out[o][x].
    int in = 2;
    int out = 3;
    int length = 5;
    int k = 3;
    int pad = 1;
    Conv1d conv = new Conv1d(in, out, length, k, pad);
    SplittableRandom random = new SplittableRandom(11);
    double[][][] w = new double[out][in][k];
    double[] b = uniform(random, out);
    double[][] x = new double[in][length];
    double[] p = new double[conv.parameterCount()];
    for (int o = 0; o < out; o++) {
      for (int c = 0; c < in; c++) {
        for (int t = 0; t < k; t++) {
          w[o][c][t] = random.nextDouble() - 0.5;
          p[(t * in + c) * out + o] = w[o][c][t];
        }
      }
      p[k * in * out + o] = b[o];
    }
    double[] rowIn = new double[length * in];
    for (int c = 0; c < in; c++) {
      for (int s = 0; s < length; s++) {
        x[c][s] = random.nextDouble() - 0.5;
        rowIn[s * in + c] = x[c][s];
      }
    }
    double[] y = new double[conv.outputSize()];
    conv.forward(p, 0, rowIn, y, 1);
    assertEquals(5, conv.outputLength());
    for (int o = 0; o < out; o++) {
      for (int s = 0; s < 5; s++) {
        double expected = b[o];
        for (int c = 0; c < in; c++) {
          for (int t = 0; t < k; t++) {
            int src = s + t - pad;
            expected += src >= 0 && src < length ? w[o][c][t] * x[c][src] : 0;
          }
        }
        assertEquals(expected, y[s * out + o], 1e-14, "out[" + o + "][" + s + "]");
      }
    }
  }

  @Test
  void testMaxPool1d_floorModeDropsTheTailAndTakesTheFirstMaximumOnTies() {
    MaxPool1d pool = new MaxPool1d(1, 8, 3);
    assertEquals(2, pool.outputLength());
    double[] in = {1, 5, 5, 2, 0, -1, 9, 9};
    double[] out = new double[2];
    pool.forward(null, 0, in, out, 1);
    assertArrayEquals(new double[] {5, 2}, out);
    double[] dIn = new double[8];
    pool.backward(null, 0, in, out, new double[] {1, 1}, dIn, null, 1);
    assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0, 0, 0}, dIn);
    assertThrows(InvalidParameterException.class, () -> new MaxPool1d(2, 2, 3));
  }

  @Test
  void testBatchNorm1d_trainingGradientIncludesBatchStatistics() {
    BatchNorm1d bn = new BatchNorm1d(3);
    SplittableRandom random = new SplittableRandom(5);
    int rows = 4;
    double[] x = uniform(random, rows * 3);
    double[] c = uniform(random, rows * 3);
    double[] y = new double[x.length];
    double[] inv = new double[3];
    bn.trainForward(x, rows, y, inv, null);
    double[] dx = new double[x.length];
    bn.backward(c, y, rows, inv, dx);
    for (int j = 0; j < x.length; j++) {
      int k = j;
      assertClose(dx[j], difference(v -> {
        double[] out = new double[v.length];
        bn.trainForward(v, rows, out, new double[3], null);
        return dotSum(out, c);
      }, x, k), "input " + j);
    }
  }

  @Test
  void testBatchNorm1d_runningStatisticsAndInferenceFollowPytorch() {
    BatchNorm1d bn = new BatchNorm1d(1);
    double[] x = {1, 2, 3, 6};
    double[] running = bn.initialRunningStatistics();
    double[] y = new double[4];
    bn.trainForward(x, 4, y, new double[1], running);
    // mean 3, biased variance 3.5, unbiased 14/3; running = 0.9 * (0, 1) + 0.1 * (3, 14/3).
    assertEquals(0.3, running[0], 1e-15);
    assertEquals(0.9 + 0.1 * 14.0 / 3.0, running[1], 1e-15);
    assertEquals((1 - 3) / Math.sqrt(3.5 + 1e-5), y[0], 1e-15);
    double[] out = new double[1];
    bn.inferenceForward(new double[] {7, 2}, 1, 1, out, running);
    assertEquals((2 - 0.3) / Math.sqrt(running[1] + 1e-5), out[0], 1e-15);
    assertThrows(IllegalArgumentException.class, () -> bn.trainForward(x, 1, y, new double[1], running));
  }

  private static void check(Layer layer, int rows) {
    SplittableRandom random = new SplittableRandom(17);
    double[] p = new double[layer.parameterCount() + 2];
    layer.initialise(p, 2, random);
    double[] x = uniform(random, rows * layer.inputSize());
    double[] c = uniform(random, rows * layer.outputSize());
    double[] out = new double[rows * layer.outputSize()];
    layer.forward(p, 2, x, out, rows);
    double[] g = new double[p.length];
    double[] dx = new double[x.length];
    layer.backward(p, 2, x, out, c, dx, g, rows);
    assertEquals(0.0, g[0] + g[1], "nothing written before the offset");
    for (int j = 2; j < p.length; j++) {
      int k = j;
      assertClose(g[j], difference(v -> layerLoss(layer, v, x, c, rows), p, k), layer + " parameter " + j);
    }
    for (int j = 0; j < x.length; j++) {
      int k = j;
      assertClose(dx[j], difference(v -> layerLoss(layer, p, v, c, rows), x, k), layer + " input " + j);
    }
  }

  private static double layerLoss(Layer layer, double[] p, double[] x, double[] c, int rows) {
    double[] out = new double[rows * layer.outputSize()];
    layer.forward(p, 2, x, out, rows);
    return dotSum(out, c);
  }

  private static double stackLoss(LayerStack stack, double[] p, double[] x, double[] c, int rows) {
    LayerStack.Tape tape = stack.newTape(rows);
    System.arraycopy(x, 0, tape.input(), 0, x.length);
    return dotSum(stack.forward(p, tape, rows), c);
  }

  /** Central difference of f along coordinate k of v (v restored). */
  static double difference(java.util.function.ToDoubleFunction<double[]> f, double[] v, int k) {
    double keep = v[k];
    v[k] = keep + H;
    double up = f.applyAsDouble(v);
    v[k] = keep - H;
    double down = f.applyAsDouble(v);
    v[k] = keep;
    return (up - down) / (2 * H);
  }

  static void assertClose(double analytic, double numeric, String what) {
    double scale = Math.max(1.0, Math.max(Math.abs(analytic), Math.abs(numeric)));
    assertTrue(Math.abs(analytic - numeric) <= 1e-6 * scale,
        what + ": backward " + analytic + ", finite difference " + numeric);
  }

  private static double dotSum(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] uniform(SplittableRandom random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 2 * random.nextDouble() - 1;
    }
    return v;
  }
}
