package org.nucleiml.emulator.massmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.RelationPenalty;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.Nuclide;

class ExactShapleyTest {

  private static final int D = 8;

  private static double[][] rows(SplittableRandom r, int n) {
    double[][] x = new double[n][D];
    for (double[] row : x) {
      for (int j = 0; j < D; j++) {
        row[j] = r.nextDouble(-2, 2);
      }
    }
    return x;
  }

  /** A model of one output from a per-row function. */
  private static ExactShapley.BatchModel of(ToDoubleFunction<double[]> f) {
    return (rows, count, out) -> {
      for (int r = 0; r < count; r++) {
        double[] x = new double[D];
        System.arraycopy(rows, r * D, x, 0, D);
        out[r] = f.applyAsDouble(x);
      }
    };
  }

  /** A smooth nonlinear function with interactions of every order. */
  private static double nonlinear(double[] x) {
    double s = 0;
    for (int j = 0; j < D; j++) {
      s += (j + 1) * 0.1 * x[j];
    }
    return StrictMath.tanh(s) * (1 + x[0] * x[3]) + x[1] * x[2] * x[7] + StrictMath.exp(0.3 * x[5] - 0.2 * x[6]);
  }

  /** For f = w·x + c the interventional Shapley value is w_j (x_j − mean_b b_j), exactly. */
  @Test
  void linearModelGivesWeightTimesDeviationFromTheBackgroundMean() {
    SplittableRandom r = new SplittableRandom(11);
    double[] w = new double[D];
    for (int j = 0; j < D; j++) {
      w[j] = r.nextDouble(-3, 3);
    }
    double[][] background = rows(r, 7);
    double[][] explained = rows(r, 5);
    ExactShapley.Result s = ExactShapley.values(of(x -> {
      double y = 0.7;
      for (int j = 0; j < D; j++) {
        y += w[j] * x[j];
      }
      return y;
    }), 1, explained, background, 1);
    for (int j = 0; j < D; j++) {
      double mean = 0;
      for (double[] b : background) {
        mean += b[j];
      }
      mean /= background.length;
      for (int i = 0; i < explained.length; i++) {
        assertEquals(w[j] * (explained[i][j] - mean), s.values()[i][0][j], 1e-12, "phi_" + j + " of row " + i);
      }
    }
  }

  /**
   * The subset formula against the definition by orderings: φ_j = the mean over all 8! = 40,320 orderings
   * of v(predecessors ∪ {j}) − v(predecessors), v computed here directly; plus efficiency.
   */
  @Test
  void nonlinearModelMatchesTheMeanOverAllOrderingsAndIsEfficient() {
    SplittableRandom r = new SplittableRandom(5);
    double[][] background = rows(r, 3);
    double[][] explained = rows(r, 2);
    ExactShapley.Result s = ExactShapley.values(of(ExactShapleyTest::nonlinear), 1, explained, background, 1);
    for (int i = 0; i < explained.length; i++) {
      double[] x = explained[i];
      double[] v = new double[1 << D];
      for (int mask = 0; mask < v.length; mask++) {
        for (double[] b : background) {
          double[] h = new double[D];
          for (int j = 0; j < D; j++) {
            h[j] = (mask >> j & 1) == 1 ? x[j] : b[j];
          }
          v[mask] += nonlinear(h) / background.length;
        }
      }
      double[] byOrdering = new double[D];
      List<int[]> orderings = new ArrayList<>();
      permutations(new int[D], 0, 0, orderings);
      assertEquals(40320, orderings.size());
      for (int[] order : orderings) {
        int mask = 0;
        for (int j : order) {
          byOrdering[j] += (v[mask | 1 << j] - v[mask]) / orderings.size();
          mask |= 1 << j;
        }
      }
      double sum = 0;
      for (int j = 0; j < D; j++) {
        assertEquals(byOrdering[j], s.values()[i][0][j], 1e-12, "phi_" + j);
        sum += s.values()[i][0][j];
      }
      assertEquals(nonlinear(x) - v[0], sum, 1e-12, "efficiency");
      assertEquals(v[0], s.base()[0], 1e-14, "base value");
    }
  }

  private static void permutations(int[] prefix, int length, int used, List<int[]> out) {
    if (length == D) {
      out.add(prefix.clone());
      return;
    }
    for (int j = 0; j < D; j++) {
      if ((used >> j & 1) == 0) {
        prefix[length] = j;
        permutations(prefix, length + 1, used | 1 << j, out);
      }
    }
  }

  @Test
  void valuesAreTheSameBytesOnAnyThreadCount() {
    SplittableRandom r = new SplittableRandom(3);
    double[][] background = rows(r, 4);
    double[][] explained = rows(r, 9);
    ExactShapley.Result one = ExactShapley.values(of(ExactShapleyTest::nonlinear), 1, explained, background, 1);
    ExactShapley.Result three = ExactShapley.values(of(ExactShapleyTest::nonlinear), 1, explained, background, 3);
    for (int i = 0; i < explained.length; i++) {
      assertArrayEquals(one.values()[i][0], three.values()[i][0], "row " + i);
    }
    double[][] meanAbs = one.meanAbs();
    double m0 = 0;
    for (double[][] v : one.values()) {
      m0 += Math.abs(v[0][0]) / explained.length;
    }
    assertEquals(m0, meanAbs[0][0], 1e-15);
  }

  @Test
  void weightsAreSubsetSizeFactorials() {
    double[] w = ExactShapley.weights(8);
    // 0! 7! / 8! = 1/8; 3! 4! / 8! = 144 / 40320
    assertEquals(1.0 / 8, w[0], 1e-16);
    assertEquals(144.0 / 40320, w[3], 1e-16);
    assertEquals(1.0 / 8, w[7], 1e-16);
  }

  @Test
  void badShapesNameTheParameter() {
    double[][] wide = new double[1][13];
    assertThrows(InvalidParameterException.class, () -> ExactShapley.values(of(x -> 0), 1, wide, wide, 1));
    assertThrows(InvalidParameterException.class,
        () -> ExactShapley.values(of(x -> 0), 1, new double[1][D], new double[0][], 1));
    assertThrows(InvalidParameterException.class,
        () -> ExactShapley.values(of(x -> 0), 1, new double[][] {new double[3]}, new double[1][D], 1));
  }

  /**
   * Through a real (untrained) MDN: the mean and sigma values add up to the model's own predictions
   * (predict(Z, N), an independent code path) minus their background means, and the background is an
   * even subsample.
   */
  @ParameterizedTest(name = "members = {0}")
  @ValueSource(ints = {1, 3})
  void mdnValuesAddUpToItsPredictions(int members) {
    MdnDefinition def = new MdnDefinition("t", List.of(8, 8), Activation.TANH, 1, 1e-8, 0,
        new LearningRateSchedule.Constant(1e-3), 1, Initialisation.TORCH_DEFAULT, 1, 1,
        RelationPenalty.Reduction.MEAN_ABS, "zscore", 0, members);
    List<TrainedMdnModel.Member> nets = new ArrayList<>();
    for (int k = 0; k < members; k++) {
      nets.add(new TrainedMdnModel.Member(k, FeedForwardNetwork.initialise(new int[] {8, 8, 8, 3},
          List.of(Activation.TANH, Activation.TANH), Initialisation.TORCH_DEFAULT, new SplittableRandom(2 + k)), 0,
          List.of()));
    }
    MdnScaling scaling = new MdnScaling("zscore", List.of(50.0, 70.0, 120.0, 0.5, 0.5, 5.0, 7.0, 0.15),
        List.of(20.0, 30.0, 50.0, 0.5, 0.5, 4.0, 6.0, 0.05), -40.0, 25.0);
    TrainedMdnModel model = new TrainedMdnModel(def, ChartFeatures.MUMPOWER, scaling, nets);
    List<Nuclide> all = new ArrayList<>();
    for (int z = 40; z < 46; z++) {
      for (int n = 50; n < 56; n++) {
        all.add(new Nuclide(z, n));
      }
    }
    List<Nuclide> background = MdnShapley.evenSubsample(all, 4);
    assertEquals(List.of(all.get(0), all.get(9), all.get(18), all.get(27)), background);
    List<Nuclide> explained = List.of(new Nuclide(60, 84), new Nuclide(82, 126));
    ExactShapley.Result s = MdnShapley.values(model, explained, background, 2);
    double[] baseline = new double[2];
    for (Nuclide b : background) {
      baseline[0] += model.predict(b.z(), b.n()).excessMeV() / background.size();
      baseline[1] += model.predict(b.z(), b.n()).sigmaMeV() / background.size();
    }
    for (int i = 0; i < explained.size(); i++) {
      TrainedMdnModel.Prediction p = model.predict(explained.get(i).z(), explained.get(i).n());
      double[] target = {p.excessMeV() - baseline[0], p.sigmaMeV() - baseline[1]};
      for (int o = 0; o < 2; o++) {
        double sum = 0;
        for (double v : s.values()[i][o]) {
          sum += v;
        }
        assertEquals(target[o], sum, 1e-9 * (1 + Math.abs(target[o])), "efficiency, output " + o);
      }
    }
  }
}
