package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MdnTrainer}: it learns a noisy line with the right width, keeps the parameters of the lowest
 * total loss, and gives the same parameters on any thread count.
 */
class MdnTrainerTest {

  private static final int ROWS = 200;

  @Test
  void learnsMeanAndWidthOfANoisyLine() {
    SplittableRandom r = new SplittableRandom(1);
    double[] x = new double[ROWS];
    double[] y = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      x[i] = r.nextDouble(-1, 1);
      y[i] = 0.8 * x[i] + 0.1 * org.nucleiml.StandardNormal.draw(r);
    }
    MdnTrainer.Result result = new MdnTrainer(plan(1500, 1)).train(x, y, 1, null, null, 1, (e, m) -> { });
    MixtureDensityHead head = result.head();
    double[] out = new double[3];
    result.network().forward(new double[] {0.5}, 0, out, 0, result.network().newScratch());
    assertEquals(0.4, head.mean(out, 0), 0.03, "mean at x = 0.5");
    assertEquals(0.1, head.sigma(out, 0), 0.02, "the noise's standard deviation");
  }

  @Test
  void keepsTheLowestTotalLossAndIsIndependentOfThreads() {
    SplittableRandom r = new SplittableRandom(2);
    double[] x = new double[ROWS * 2];
    double[] y = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      x[2 * i] = r.nextDouble(-1, 1);
      x[2 * i + 1] = r.nextDouble(-1, 1);
      y[i] = StrictMath.sin(3 * x[2 * i]) * x[2 * i + 1];
    }
    int universeRows = 40;
    double[] u = new double[universeRows * 2];
    for (int i = 0; i < u.length; i++) {
      u[i] = r.nextDouble(-1, 1);
    }
    int[][] rows = new int[20][];
    double[][] c = new double[20][];
    for (int n = 0; n < rows.length; n++) {
      rows[n] = new int[] {n, n + 1, n + 2};
      c[n] = new double[] {1, -2, 1};
    }
    RelationPenalty penalty = new RelationPenalty(rows, c, universeRows, 1.0, RelationPenalty.Reduction.MEAN_ABS);
    // A large rate makes the total loss non-monotonic, so the kept epoch is not simply the last.
    MdnTrainer.Result one = new MdnTrainer(plan(150, 1)).train(x, y, 2, u, penalty, 1, (e, m) -> { });
    MdnTrainer.Result three = new MdnTrainer(plan(150, 3)).train(x, y, 2, u, penalty, 1, (e, m) -> { });
    assertArrayEquals(one.network().parameters(), three.network().parameters());
    assertEquals(150, one.history().size());
    double min = one.history().stream().mapToDouble(MdnTrainer.Epoch::totalLoss).min().orElseThrow();
    assertEquals(min, one.history().get(one.keptEpoch() - 1).totalLoss(), 0.0);
    double[] g = new double[one.network().parameters().length];
    double kept = new MdnTrainer(plan(1, 1)).totalLoss(one.network(), x, y, 2, u, penalty, g);
    assertEquals(min, kept, 1e-12, "the kept parameters are the ones whose total loss was recorded");
    assertTrue(one.history().get(0).penalty() > 0);
  }

  private static MdnPlan plan(int epochs, int threads) {
    return new MdnPlan(List.of(16, 16), Activation.TANH, 1, 1e-8, 0, new LearningRateSchedule.Constant(1e-2), epochs,
        Initialisation.TORCH_DEFAULT, 7, threads);
  }
}
