package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link EnsembleSampler}: moments and quantiles of known targets within Monte Carlo error. */
class EnsembleSamplerTest {

  private static final double SE = 5; // tolerances in standard errors computed from the ESS

  @ParameterizedTest(name = "differential evolution fraction {0}")
  @ValueSource(doubles = {0.0, 0.8, 1.0})
  void testStep_correlatedGaussianMomentsAndQuantiles(double deFraction) {
    TestDensities.CorrelatedGaussian g = new TestDensities.CorrelatedGaussian(11);
    Chain chain = TestDensities.sample(g, MoveMixture.stretchAndDifferentialEvolution(deFraction, 7), 64, 2024, 2,
        2000, 4000, g.mean, scaled(g.sd, 0.1));
    Diagnostics d = Diagnostics.of(chain, 1, 4);
    for (int i = 0; i < 7; i++) {
      assertTrue(d.ess()[i] > 1500, "ESS too small to test: " + d.ess()[i]);
      double[] x = chain.pooled(i);
      assertEquals(g.mean[i], mean(x), SE * g.sd[i] / Math.sqrt(d.ess()[i]), "mean " + i);
      for (int j = 0; j <= i; j++) {
        double c = g.covariance[i][j];
        double tol = SE * Math.sqrt((g.covariance[i][i] * g.covariance[j][j] + c * c) / Math.min(d.ess()[i], d.ess()[j]));
        assertEquals(c, covariance(x, chain.pooled(j)), tol, "covariance " + i + "," + j);
      }
      assertQuantiles(x, new NormalDistribution(null, g.mean[i], g.sd[i]), d.ess()[i]);
    }
  }

  // The banana's autocorrelation time is long (several hundred steps with either move) and is
  // underestimated by short chains; the mixture's run is long enough for about 50 tau.
  @ParameterizedTest(name = "differential evolution fraction {0}, {1} steps")
  @CsvSource({"0.0, 15000", "0.8, 40000"})
  void testStep_rosenbrockMomentsAndQuantiles(double deFraction, int steps) {
    Chain chain = TestDensities.sample(new TestDensities.Rosenbrock(),
        MoveMixture.stretchAndDifferentialEvolution(deFraction, 2), 64, 7, 1, 2000, steps,
        new double[] {1, 1}, new double[] {0.1, 0.1});
    Diagnostics d = Diagnostics.of(chain, 1, 4);
    assertTrue(d.minEss() > 1000, "ESS too small to test: " + Arrays.toString(d.ess()));
    double[] x1 = chain.pooled(0);
    double[] x2 = chain.pooled(1);
    assertEquals(1.0, mean(x1), SE * Math.sqrt(10 / d.ess()[0]));
    assertEquals(10.0, covariance(x1, x1), SE * 10 * Math.sqrt(2 / d.ess()[0]));
    assertEquals(11.0, mean(x2), SE * Math.sqrt(240.1 / d.ess()[1]));
    assertQuantiles(x1, new NormalDistribution(null, 1, Math.sqrt(10)), d.ess()[0]);
  }

  @ParameterizedTest(name = "differential evolution fraction {0}")
  @ValueSource(doubles = {0.0, 0.8})
  void testStep_identicalChainsForOneAndTwoThreads(double deFraction) {
    TestDensities.CorrelatedGaussian g = new TestDensities.CorrelatedGaussian(3);
    EnsembleMove move = MoveMixture.stretchAndDifferentialEvolution(deFraction, 7);
    Chain one = TestDensities.sample(g, move, 32, 99, 1, 50, 200, g.mean, g.sd);
    Chain two = TestDensities.sample(g, move, 32, 99, 2, 50, 200, g.mean, g.sd);
    for (int p = 0; p < 7; p++) {
      assertArrayEquals(one.pooled(p), two.pooled(p), 0.0);
    }
    assertEquals(one.logDensity(199, 31), two.logDensity(199, 31), 0.0);
    Chain other = TestDensities.sample(g, move, 32, 100, 2, 50, 200, g.mean, g.sd);
    assertTrue(one.value(199, 0, 0) != other.value(199, 0, 0), "another seed gives another chain");
  }

  @Test
  void testInitialise_redrawsPointsOutsideSupport() {
    LogDensity halfPlane = positiveOnly(new TestDensities.Rosenbrock());
    try (EnsembleSampler s = new EnsembleSampler(halfPlane, 8, 1, 2, StretchMove.DEFAULT)) {
      s.initialise(r -> new double[] {TestDensities.gaussian(r), TestDensities.gaussian(r)}, 50);
      for (double[] x : s.positions()) {
        assertTrue(x[0] > 0, "walker outside the support: " + Arrays.toString(x));
      }
      s.step();
      assertTrue(s.acceptanceFraction() >= 0 && s.acceptanceFraction() <= 1);
      assertTrue(s.evaluations() >= 8 + 8, "evaluations counted: " + s.evaluations());
    }
  }

  @Test
  void testInitialise_failsWhenSupportNeverHit() {
    LogDensity halfPlane = positiveOnly(new TestDensities.Rosenbrock());
    try (EnsembleSampler s = new EnsembleSampler(halfPlane, 8, 1, 1, StretchMove.DEFAULT)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> s.initialise(r -> new double[] {-1 - r.nextDouble(), 0}, 5));
      assertTrue(e.getMessage().contains("8 of 8 walkers"), e.getMessage());
    }
  }

  @Test
  void testConstructor_rejectsOddOrTooFewWalkers() {
    LogDensity g = new TestDensities.CorrelatedGaussian(1);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new EnsembleSampler(g, 15, 1, 1, StretchMove.DEFAULT));
    assertEquals("walkers", e.parameter());
    assertThrows(InvalidParameterException.class, () -> new EnsembleSampler(g, 14, 1, 1, StretchMove.DEFAULT));
    assertThrows(InvalidParameterException.class, () -> new EnsembleSampler(g, 16, 1, 0, StretchMove.DEFAULT));
  }

  private static LogDensity positiveOnly(LogDensity inner) {
    return new LogDensity() {
      @Override
      public int dimension() {
        return inner.dimension();
      }

      @Override
      public void evaluate(double[][] points, int[] walkers, double[] out) {
        inner.evaluate(points, walkers, out);
        for (int i = 0; i < out.length; i++) {
          out[i] = points[i][0] > 0 ? out[i] : Double.NEGATIVE_INFINITY;
        }
      }
    };
  }

  /** Quantile standard error sqrt(q(1-q)/ESS)/pdf(x_q) for the 2.5, 16, 50, 84, 97.5% quantiles. */
  private static void assertQuantiles(double[] x, NormalDistribution truth, double ess) {
    Percentile percentile = new Percentile();
    percentile.setData(x);
    for (double q : new double[] {0.025, 0.16, 0.5, 0.84, 0.975}) {
      double xq = truth.inverseCumulativeProbability(q);
      double se = Math.sqrt(q * (1 - q) / ess) / truth.density(xq);
      assertEquals(xq, percentile.evaluate(100 * q), SE * se, "quantile " + q);
    }
  }

  private static double[] scaled(double[] x, double f) {
    return Arrays.stream(x).map(v -> v * f).toArray();
  }

  static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }

  static double covariance(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (x.length - 1);
  }
}
