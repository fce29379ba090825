package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link SplitRHat}. */
class SplitRHatTest {

  @Test
  void testOf_convergedSamplerChainNearOne() {
    TestDensities.CorrelatedGaussian g = new TestDensities.CorrelatedGaussian(5);
    // 5000 steps is about 80 tau, past the stop rule's 50 tau, where R-hat - 1 is a few 1e-3.
    Chain chain = TestDensities.sample(g, 32, 8, 1, 1000, 5000, g.mean, g.sd);
    for (int p = 0; p < 7; p++) {
      double r = SplitRHat.of(chain, p, 4);
      assertTrue(r < 1.01 && r > 0.99, "R-hat " + r + " of coordinate " + p);
    }
  }

  @Test
  void testOf_walkersStuckInSeparateModesFarAboveOne() {
    // Half the walkers in a mode at 0, half at 5, never mixing: pooled groups differ in their means.
    double[][] series = AutocorrelationTimeTest.ar1(0.5, 16, 1000, 3);
    Chain chain = new Chain(16, 1);
    for (int t = 0; t < 1000; t++) {
      double[][] positions = new double[16][1];
      for (int k = 0; k < 16; k++) {
        positions[k][0] = series[k][t] + (k % 4 < 2 ? 0 : 5);
      }
      chain.append(positions, new double[16]);
    }
    assertTrue(SplitRHat.of(chain, 0, 4) > 2, "R-hat " + SplitRHat.of(chain, 0, 4));
  }

  @Test
  void testOf_driftingChainAboveOne() {
    // One chain moving steadily: its halves disagree, which splitting detects.
    double[] drift = new double[200];
    for (int t = 0; t < drift.length; t++) {
      drift[t] = t / 20.0;
    }
    assertTrue(SplitRHat.of(new double[][] {
        java.util.Arrays.copyOfRange(drift, 0, 100), java.util.Arrays.copyOfRange(drift, 100, 200)}) > 2);
  }

  @Test
  void testOf_handComputedValue() {
    // Chains (1,2,3) and (3,4,5): W = 1, B/n = var(2, 4) = 2, var+ = 2/3 + 2, R = sqrt(8/3).
    assertEquals(Math.sqrt(8.0 / 3.0), SplitRHat.of(new double[][] {{1, 2, 3}, {3, 4, 5}}), 1e-12);
  }

  @Test
  void testOf_rejectsTooManyGroups() {
    Chain chain = new Chain(4, 1);
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SplitRHat.of(chain, 0, 5));
    assertEquals("rHatGroups", e.parameter());
  }
}
