package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tests for {@link Backpropagation}: analytic gradients against central finite differences. */
class BackpropagationTest {

  private static final int[] SIZES = {3, 7, 5, 2};
  private static final int ROWS = 6;

  @Test
  void testRun_mapeGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.MAPE, scaledData(LossFunction.MAPE));
  }

  @Test
  void testRun_mseGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.MSE, scaledData(LossFunction.MSE));
  }

  @Test
  void testRun_huberGradientMatchesFiniteDifferences() {
    // Targets spread wide enough that some residuals fall on each side of the Huber threshold.
    assertGradient(LossFunction.HUBER, scaledData(LossFunction.HUBER));
  }

  @Test
  void testRun_crossEntropyGradientMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(3);
    double[] x = gaussians(r, ROWS * SIZES[0]);
    double[] t = new double[ROWS * 2];
    for (int i = 0; i < ROWS; i++) {
      t[2 * i + r.nextInt(2)] = 1.0;
    }
    assertGradient(LossFunction.CROSS_ENTROPY, TrainingData.unscaled(x, t, ROWS, SIZES[0], 2));
  }

  @Test
  void testRun_geluGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.HUBER, scaledData(LossFunction.HUBER), network(Activation.GELU, Activation.GELU));
  }

  @Test
  void testRun_tanhAndSigmoidGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.MSE, scaledData(LossFunction.MSE), network(Activation.TANH, Activation.SIGMOID));
  }

  @Test
  void testRun_leakyReluAndLinearGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.MSE, scaledData(LossFunction.MSE),
        network(Activation.leakyRelu(0.1), Activation.LINEAR));
  }

  @Test
  void testRun_reluThenGeluGradientMatchesFiniteDifferences() {
    assertGradient(LossFunction.MAPE, scaledData(LossFunction.MAPE), network(Activation.RELU, Activation.GELU));
  }

  private static FeedForwardNetwork network(Activation first, Activation second) {
    return FeedForwardNetwork.initialise(SIZES, java.util.List.of(first, second), Initialisation.TORCH_DEFAULT,
        new SplittableRandom(7));
  }

  private static TrainingData scaledData(LossFunction loss) {
    SplittableRandom r = new SplittableRandom(loss.ordinal() + 11);
    double[] x = gaussians(r, ROWS * SIZES[0]);
    double[] t = new double[ROWS * 2];
    double[] offsets = new double[ROWS * 2];
    double[] scales = new double[ROWS * 2];
    for (int j = 0; j < t.length; j++) {
      offsets[j] = 100 + 50 * r.nextDouble();
      scales[j] = 2 + r.nextDouble();
      t[j] = offsets[j] + scales[j] * 3 * r.nextGaussian();
    }
    return new TrainingData(x, t, offsets, scales, ROWS, SIZES[0], 2);
  }

  private static void assertGradient(LossFunction loss, TrainingData data) {
    assertGradient(loss, data, FeedForwardNetwork.initialise(SIZES, new SplittableRandom(7)));
  }

  private static void assertGradient(LossFunction loss, TrainingData data, FeedForwardNetwork net) {
    double[] p = net.parameters();
    double[] targets = data.lossTargets(loss);
    Backpropagation bp = new Backpropagation(net);
    double[] analytic = new double[p.length];
    bp.run(p, data, targets, loss, null, 0, ROWS, analytic);
    double h = 1e-6;
    double worst = 0;
    for (int j = 0; j < p.length; j++) {
      double saved = p[j];
      p[j] = saved + h;
      double up = bp.run(p, data, targets, loss, null, 0, ROWS, null);
      p[j] = saved - h;
      double down = bp.run(p, data, targets, loss, null, 0, ROWS, null);
      p[j] = saved;
      double numeric = (up - down) / (2 * h);
      worst = Math.max(worst, Math.abs(numeric - analytic[j]) / Math.max(1e-3, Math.abs(numeric)));
    }
    assertTrue(worst < 1e-5, loss + ": worst relative gradient error " + worst);
    assertEquals(bp.run(p, data, targets, loss, null, 0, ROWS, null),
        bp.run(p, data, targets, loss, null, 0, ROWS, new double[p.length]), 0.0);
  }

  private static double[] gaussians(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }
}
