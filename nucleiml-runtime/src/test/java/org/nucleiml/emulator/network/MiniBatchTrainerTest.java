package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link MiniBatchTrainer}. */
class MiniBatchTrainerTest {

  @Test
  void testTrain_learnsSmoothFunctionWithinOnePercentRms() {
    TrainingData train = smooth(2000, 1);
    TrainingData validation = smooth(500, 2);
    TrainingSettings s = new TrainingSettings(List.of(32, 32), LossFunction.MSE, 3e-3, 32, 60, 60, 10, 5L, 2);
    TrainingResult result = new MiniBatchTrainer(s).train(train, validation, e -> { });
    double mse = MiniBatchTrainer.loss(result.network(), smooth(500, 3), LossFunction.MSE, 1);
    // f has an RMS of about 0.6 over the square: an RMS error of 0.02 is within a few percent.
    assertTrue(Math.sqrt(mse) < 0.02, "test RMS error " + Math.sqrt(mse));
  }

  @Test
  void testTrain_learnsXor() {
    double[] x = {0, 0, 0, 1, 1, 0, 1, 1};
    double[] t = {1, 0, 0, 1, 0, 1, 1, 0};
    TrainingData data = TrainingData.unscaled(x, t, 4, 2, 2);
    TrainingSettings s = new TrainingSettings(List.of(8, 8), LossFunction.CROSS_ENTROPY, 1e-2, 4, 400, 400, 1, 1L, 1);
    FeedForwardNetwork net = new MiniBatchTrainer(s).train(data, data, e -> { }).network();
    double[] out = new double[2];
    FeedForwardNetwork.Scratch scratch = net.newScratch();
    for (int i = 0; i < 4; i++) {
      net.forward(x, 2 * i, out, 0, scratch);
      assertEquals(t[2 * i + 1] == 1, out[1] > out[0], "XOR row " + i);
    }
    assertTrue(MiniBatchTrainer.loss(net, data, LossFunction.CROSS_ENTROPY, 1) < 0.05);
  }

  @Test
  void testTrain_sameModelForOneAndTwoThreads() {
    TrainingData train = smooth(300, 1);
    TrainingData validation = smooth(100, 2);
    TrainingSettings s = new TrainingSettings(List.of(16, 16), LossFunction.HUBER, 1e-3, 64, 5, 5, 1, 9L, 1);
    double[] one = new MiniBatchTrainer(s).train(train, validation, e -> { }).network().parameters();
    double[] two = new MiniBatchTrainer(s.withThreads(2)).train(train, validation, e -> { })
        .network().parameters();
    assertArrayEquals(one, two, 0.0);
  }

  @Test
  void testTrain_earlyStoppingRestoresBestEpoch() {
    TrainingData train = smooth(200, 1);
    TrainingSettings s = new TrainingSettings(List.of(16), LossFunction.MSE, 3e-2, 8, 200, 3, 2, 4L, 1);
    List<EpochLoss> seen = new ArrayList<>();
    TrainingResult result = new MiniBatchTrainer(s).train(train, smooth(50, 2), seen::add);
    double best = seen.stream().mapToDouble(EpochLoss::validationLoss).min().orElseThrow();
    assertEquals(best, seen.get(result.bestEpoch() - 1).validationLoss(), 0.0);
    assertEquals(best, MiniBatchTrainer.loss(result.network(), smooth(50, 2), LossFunction.MSE, 1), 1e-12);
    assertEquals(result.stoppedEarly(), seen.size() < 200);
  }

  @Test
  void testTrainingSettings_rejectsMinEpochsAboveMax() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new TrainingSettings(List.of(4), LossFunction.MSE, 1e-3, 8, 5, 6, 1, 1L, 1));
    assertEquals("min_epochs", e.parameter());
  }

  /** f(x, y) = sin(2x) cos(y) + 0.3 x y on [-1.5, 1.5]^2. */
  static TrainingData smooth(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[2 * rows];
    double[] t = new double[rows];
    for (int i = 0; i < rows; i++) {
      double a = 3 * r.nextDouble() - 1.5;
      double b = 3 * r.nextDouble() - 1.5;
      x[2 * i] = a;
      x[2 * i + 1] = b;
      t[i] = Math.sin(2 * a) * Math.cos(b) + 0.3 * a * b;
    }
    return TrainingData.unscaled(x, t, rows, 2, 1);
  }
}
