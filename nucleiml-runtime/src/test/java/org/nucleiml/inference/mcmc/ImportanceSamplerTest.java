package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.StandardNormal;

/** Tests for {@link ImportanceSampler} against closed forms of Gaussian proposals and targets. */
class ImportanceSamplerTest {

  private static final int N = 20_000;

  /** log N(x; mean, sd^2) up to its constant; zero density below {@code floor}. */
  private record Normal(double mean, double sd, double floor) implements LogDensity {
    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void evaluate(double[][] points, int[] walkers, double[] out) {
      for (int i = 0; i < points.length; i++) {
        double z = (points[i][0] - mean) / sd;
        out[i] = points[i][0] < floor ? Double.NEGATIVE_INFINITY : -0.5 * z * z;
      }
    }
  }

  /** N draws of N(0, 2^2) with their log density (up to its constant). */
  private static double[][] proposal(double[] logQ) {
    double[][] x = new double[N][];
    for (int i = 0; i < N; i++) {
      SplittableRandom r = Seeds.random(7, 0, i, 0);
      x[i] = new double[] {2 * StandardNormal.draw(r)};
      logQ[i] = -0.5 * (x[i][0] / 2) * (x[i][0] / 2);
    }
    return x;
  }

  @Test
  void testRun_reweightsWideNormalToNarrowShiftedOne() {
    double[] logQ = new double[N];
    double[][] x = proposal(logQ);
    ImportanceSampler.Result r = ImportanceSampler.run(new Normal(0.5, 1, Double.NEGATIVE_INFINITY), x, logQ, 42, 1,
        64, done -> { });
    // E_q[(p/q)^2] for q = N(0, 4), p = N(0.5, 1) is 4 exp(1/28) / sqrt(7) (closed form, by completing the
    // square), so the Kish ESS is N / that = 0.6382 N; its estimate scatters by about 1% at N = 20,000
    double expectedFraction = Math.sqrt(7) / (4 * Math.exp(1.0 / 28));
    assertEquals(expectedFraction, r.kishEss() / N, 0.03);
    assertEquals(N, r.finite());
    double[] resampled = new double[N];
    for (int j = 0; j < N; j++) {
      resampled[j] = x[r.resampled()[j]][0];
    }
    // mean 0.5 and sd 1 within 5 standard errors of a sample of ESS about 12,800
    double se = 1 / Math.sqrt(r.kishEss());
    assertEquals(0.5, mean(resampled), 5 * se);
    assertEquals(1.0, sd(resampled), 5 * se / Math.sqrt(2));
  }

  @Test
  void testRun_sameResultOnAnyThreadCount() {
    double[] logQ = new double[N];
    double[][] x = proposal(logQ);
    Normal target = new Normal(0.5, 1, Double.NEGATIVE_INFINITY);
    ImportanceSampler.Result one = ImportanceSampler.run(target, x, logQ, 42, 1, 64, done -> { });
    ImportanceSampler.Result three = ImportanceSampler.run(target, x, logQ, 42, 3, 64, done -> { });
    assertArrayEquals(one.weights(), three.weights());
    assertArrayEquals(one.resampled(), three.resampled());
    assertEquals(one.kishEss(), three.kishEss());
  }

  @Test
  void testRun_zeroTargetDensityGetsNoWeightAndIsNeverResampled() {
    double[] logQ = new double[N];
    double[][] x = proposal(logQ);
    long[] progress = {0};
    ImportanceSampler.Result r = ImportanceSampler.run(new Normal(0.5, 1, 0.0), x, logQ, 42, 2, 1000,
        done -> progress[0] = done);
    assertEquals(N, progress[0]);
    int positive = 0;
    for (double[] p : x) {
      positive += p[0] >= 0 ? 1 : 0;
    }
    assertEquals(positive, r.finite());
    for (int i : r.resampled()) {
      assertTrue(x[i][0] >= 0, "resampled a point of zero target density: " + x[i][0]);
    }
  }

  @Test
  void testRun_noDrawInTheTargetsSupportIsAnError() {
    double[] logQ = new double[N];
    double[][] x = proposal(logQ);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> ImportanceSampler.run(new Normal(0, 1, 100), x, logQ, 42, 1, 64, done -> { }));
    assertTrue(e.getMessage().contains("importance draws") && e.getMessage().contains("support"), e.getMessage());
  }

  @Test
  void testSystematic_eachDrawAppearsFloorOrCeilOfNTimesItsWeight() {
    double[] w = {0.5, 0.0, 0.25, 0.125, 0.0625, 0.0625};
    double[] logTarget = new double[w.length];
    double[] logQ = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      logTarget[i] = w[i] > 0 ? StrictMath.log(w[i]) : Double.NEGATIVE_INFINITY;
    }
    for (long seed = 0; seed < 50; seed++) {
      ImportanceSampler.Result r = ImportanceSampler.weigh(logTarget, logQ, seed);
      int[] counts = new int[w.length];
      for (int i : r.resampled()) {
        counts[i]++;
      }
      for (int i = 0; i < w.length; i++) {
        double expected = w.length * w[i];
        assertTrue(counts[i] == Math.floor(expected) || counts[i] == Math.ceil(expected),
            "draw " + i + " weight " + w[i] + ": " + counts[i] + " copies (seed " + seed + ")");
      }
      // Kish ESS of these weights: 1 / sum w^2
      assertEquals(1 / (0.25 + 0.0625 + 0.015625 + 2 * 0.00390625), r.kishEss(), 1e-12);
      assertEquals(0.5, r.maxWeight(), 1e-15);
    }
  }

  private static double mean(double[] x) {
    return StatUtils.mean(x);
  }

  /** Sample standard deviation (divisor n - 1). */
  private static double sd(double[] x) {
    return Math.sqrt(StatUtils.variance(x));
  }
}
