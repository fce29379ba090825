package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact bytes of small deterministic trainings of the emulator's network (ReLU, Adam with
 * epsilon 1e-7, He-normal initialisation, early stopping). The hashes were computed on the code before
 * the network core was generalised (activations, schedules, weight decay), so any change to the
 * emulator's arithmetic fails here.
 */
class TrainingBytesPinTest {

  @Test
  void testTrain_mseRegressionBytesUnchanged() {
    TrainingSettings s = new TrainingSettings(List.of(24, 16), LossFunction.MSE, 3e-3, 32, 12, 4, 3, 7L, 2);
    assertEquals("f7062a36a7e152131092cf0d1f7b3fb271c0a33e0de349127a42b1dccc936c5f", hash(new MiniBatchTrainer(s).train(data(400, 1, false), data(100, 2, false), e -> { })));
  }

  @Test
  void testTrain_mapeOnScaledOutputsBytesUnchanged() {
    TrainingSettings s = new TrainingSettings(List.of(20, 20, 8), LossFunction.MAPE, 1e-3, 48, 10, 10, 2, 11L, 2);
    assertEquals("ebe2747fa8e97c89fce041ea5133e2b6e63d355ca52b809ed74265f4172c5c7c", hash(new MiniBatchTrainer(s).train(data(300, 3, true), data(90, 4, true), e -> { })));
  }

  @Test
  void testTrain_huberBytesUnchanged() {
    TrainingSettings s = new TrainingSettings(List.of(40), LossFunction.HUBER, 1e-2, 16, 8, 8, 1, 3L, 1);
    assertEquals("b5769102b91cf0522db4313c2cf9d3bcfce85f0bbee3934322ffa7fa19be7ee9", hash(new MiniBatchTrainer(s).train(data(250, 5, false), data(60, 6, false), e -> { })));
  }

  /** SHA-256 of the trained parameters, then of every epoch's training and validation loss, as LE doubles. */
  private static String hash(TrainingResult result) {
    double[] p = result.network().parameters();
    ByteBuffer b = ByteBuffer.allocate(8 * (p.length + 2 * result.history().size()) + 4)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (double v : p) {
      b.putDouble(v);
    }
    for (EpochLoss e : result.history()) {
      b.putDouble(e.trainingLoss()).putDouble(e.validationLoss());
    }
    b.putInt(result.bestEpoch());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Two outputs of three inputs; with {@code mapped}, per-row output scaling to physical units. */
  private static TrainingData data(int rows, long seed, boolean mapped) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[3 * rows];
    double[] t = new double[2 * rows];
    double[] offsets = new double[2 * rows];
    double[] scales = new double[2 * rows];
    for (int i = 0; i < rows; i++) {
      double a = 2 * r.nextDouble() - 1;
      double b = 2 * r.nextDouble() - 1;
      double c = r.nextDouble();
      x[3 * i] = a;
      x[3 * i + 1] = b;
      x[3 * i + 2] = c;
      t[2 * i] = 5 + Math.sin(3 * a) * b + c * c;
      t[2 * i + 1] = 8 + Math.exp(-a * a - b * b) - 0.5 * c;
      offsets[2 * i] = 5;
      offsets[2 * i + 1] = 8;
      scales[2 * i] = 1.5 + c;
      scales[2 * i + 1] = 0.5;
    }
    return mapped ? new TrainingData(x, t, offsets, scales, rows, 3, 2) : TrainingData.unscaled(x, t, rows, 3, 2);
  }
}
