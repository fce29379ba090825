package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tests for {@link AutocorrelationTime} and {@link EffectiveSampleSize}. */
class AutocorrelationTimeTest {

  @Test
  void testEstimate_ar1MatchesKnownTau() {
    for (double phi : new double[] {0.5, 0.9, 0.97}) {
      double tau = (1 + phi) / (1 - phi);
      double[][] x = ar1(phi, 32, 20_000, 5);
      double estimate = AutocorrelationTime.estimate(x, AutocorrelationTime.DEFAULT_WINDOW);
      // Relative standard error of the windowed estimator ~ sqrt(2 (2M + 1) / N), M ~ 5 tau (Sokal).
      double relativeError = Math.sqrt(2 * (2 * 5 * tau + 1) / (32 * 20_000.0));
      assertEquals(tau, estimate, 5 * relativeError * tau, "phi " + phi);
    }
  }

  @Test
  void testFunction_whiteNoiseHasNoCorrelation() {
    double[] x = ar1(0.0, 1, 50_000, 8)[0];
    double[] rho = AutocorrelationTime.function(x);
    assertEquals(1.0, rho[0], 1e-12);
    for (int t = 1; t < 20; t++) {
      assertEquals(0.0, rho[t], 5 / Math.sqrt(x.length), "lag " + t);
    }
  }

  @Test
  void testFunction_knownSmallSeries() {
    // x = (1, -1, 1, -1): sum_t x_t x_{t+k} / sum x^2 = (4, -3, 2, -1) / 4, the biased estimator.
    double[] rho = AutocorrelationTime.function(new double[] {1, -1, 1, -1});
    assertEquals(1.0, rho[0], 1e-12);
    assertEquals(-0.75, rho[1], 1e-12);
    assertEquals(0.5, rho[2], 1e-12);
    assertEquals(-0.25, rho[3], 1e-12);
  }

  @Test
  void testEstimate_constantSeriesIsUndefined() {
    assertTrue(Double.isNaN(AutocorrelationTime.estimate(new double[][] {{2, 2, 2}, {3, 3, 3}}, 5)));
    assertEquals(0.0, EffectiveSampleSize.of(10, 100, Double.NaN));
  }

  @Test
  void testEffectiveSampleSize_walkersTimesStepsOverTau() {
    assertEquals(64 * 1000 / 20.0, EffectiveSampleSize.of(64, 1000, 20.0), 1e-9);
  }

  /** Stationary AR(1) series x_t = phi x_{t-1} + sqrt(1 - phi^2) e_t with unit variance. */
  static double[][] ar1(double phi, int walkers, int n, long seed) {
    double[][] x = new double[walkers][n];
    for (int k = 0; k < walkers; k++) {
      SplittableRandom r = new SplittableRandom(seed * 1000 + k);
      double v = TestDensities.gaussian(r);
      for (int t = 0; t < n; t++) {
        v = phi * v + Math.sqrt(1 - phi * phi) * TestDensities.gaussian(r);
        x[k][t] = v;
      }
    }
    return x;
  }
}
