package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/**
 * {@link RelationPenalty} and the MDN's total loss: the penalty's reductions by hand, its gradient and
 * the gradient of L1 + lambda L2 through the network against central finite differences.
 */
class RelationPenaltyTest {

  private static final int[][] ROWS = {{0, 1, 2}, {1, 2, 3}};
  private static final double[][] COEFFICIENTS = {{1, -1, 1}, {1, 1, -1}};

  @Test
  void reductionsByHand() {
    double[] m = {1.0, 3.0, 0.5, 2.0};
    // R_0 = 1 - 3 + 0.5 = -1.5; R_1 = 3 + 0.5 - 2 = 1.5
    assertEquals(1.5, penalty(RelationPenalty.Reduction.MEAN_ABS, 1).evaluate(m, null), 1e-15);
    assertEquals(3.0, penalty(RelationPenalty.Reduction.SUM_ABS, 1).evaluate(m, null), 1e-15);
    assertEquals(0.0, penalty(RelationPenalty.Reduction.ABS_OF_SUM, 1).evaluate(m, null), 1e-15);
    double[] dm = new double[4];
    penalty(RelationPenalty.Reduction.MEAN_ABS, 2).evaluate(m, dm);
    // weight 2 / 2 relations: sign(-1.5)(1, -1, 1) + sign(1.5)(0, 1, 1, -1)
    assertEquals(List.of(-1.0, 2.0, 0.0, -1.0), List.of(dm[0], dm[1], dm[2], dm[3]));
  }

  @Test
  void penaltyGradientMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(9);
    for (RelationPenalty.Reduction reduction : RelationPenalty.Reduction.values()) {
      RelationPenalty p = penalty(reduction, 0.7);
      double[] m = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
      double[] dm = new double[4];
      p.evaluate(m, dm);
      for (int u = 0; u < 4; u++) {
        double[] plus = m.clone();
        double[] minus = m.clone();
        plus[u] += 1e-7;
        minus[u] -= 1e-7;
        double fd = 0.7 * (p.evaluate(plus, null) - p.evaluate(minus, null)) / 2e-7;
        assertEquals(fd, dm[u], 1e-7, reduction + " row " + u);
      }
    }
  }

  @Test
  void totalLossGradientThroughTheNetworkMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(11);
    int width = 3;
    int rows = 21;
    int universeRows = 37;
    double[] x = gaussians(r, rows * width);
    double[] y = gaussians(r, rows);
    double[] universe = gaussians(r, universeRows * width);
    int[][] relations = new int[30][];
    double[][] coefficients = new double[30][];
    for (int n = 0; n < relations.length; n++) {
      relations[n] = new int[] {r.nextInt(universeRows), r.nextInt(universeRows), r.nextInt(universeRows)};
      coefficients[n] = new double[] {1, -1, 1};
    }
    for (int k : new int[] {1, 2}) {
      MdnPlan plan = new MdnPlan(List.of(5, 4), Activation.TANH, k, 1e-8, 0, new LearningRateSchedule.Constant(1e-3),
          1, Initialisation.TORCH_DEFAULT, 3, 2);
      RelationPenalty penalty = new RelationPenalty(relations, coefficients, universeRows, 0.8,
          RelationPenalty.Reduction.MEAN_ABS);
      FeedForwardNetwork net = FeedForwardNetwork.initialise(plan.layerSizes(width), plan.hiddenActivations(),
          Initialisation.TORCH_DEFAULT, new SplittableRandom(k));
      MdnTrainer trainer = new MdnTrainer(plan);
      double[] p = net.parameters();
      double[] g = new double[p.length];
      trainer.totalLoss(net, x, y, width, universe, penalty, g);
      double[] unused = new double[p.length];
      for (int j = 0; j < p.length; j++) {
        double[] plus = p.clone();
        double[] minus = p.clone();
        plus[j] += 1e-6;
        minus[j] -= 1e-6;
        double fd = (trainer.totalLoss(net.withParameters(plus), x, y, width, universe, penalty, unused)
            - trainer.totalLoss(net.withParameters(minus), x, y, width, universe, penalty, unused)) / 2e-6;
        assertEquals(fd, g[j], 1e-6 * Math.max(1, Math.abs(fd)), "K=" + k + " parameter " + j);
      }
    }
  }

  @Test
  void badRelationsAreRejectedNamingTheRow() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new RelationPenalty(new int[][] {{0, 4}}, new double[][] {{1, -1}}, 4, 1,
            RelationPenalty.Reduction.MEAN_ABS));
    assertTrue(e.getMessage().contains("penalty_relations[0] row"), e.getMessage());
  }

  private static RelationPenalty penalty(RelationPenalty.Reduction reduction, double weight) {
    return new RelationPenalty(ROWS, COEFFICIENTS, 4, weight, reduction);
  }

  private static double[] gaussians(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble(-1.5, 1.5);
    }
    return v;
  }
}
