package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests for {@link AdamOptimizer}: one and two steps computed by hand, torch.optim.Adam semantics. */
class AdamOptimizerTest {

  @Test
  void testStep_firstStepMovesEachParameterByTheRate() {
    // After one step m_hat = g and v_hat = g^2, so theta moves by lr * g / (|g| + eps).
    double[] p = {1.0, -2.0};
    new AdamOptimizer(0.1, 2, 1e-8, 0.0).step(p, new double[] {0.5, -4.0});
    assertEquals(1.0 - 0.1 * 0.5 / (0.5 + 1e-8), p[0], 1e-16);
    assertEquals(-2.0 + 0.1 * 4.0 / (4.0 + 1e-8), p[1], 1e-16);
  }

  @Test
  void testStep_coupledWeightDecayAddsLambdaThetaToTheGradient() {
    double lambda = 0.01;
    double[] p = {3.0};
    AdamOptimizer adam = new AdamOptimizer(1e-3, 1, 1e-8, lambda);
    double[] g1 = {0.2};
    adam.step(p, g1, 1e-3);
    double ge1 = 0.2 + lambda * 3.0;
    double theta1 = 3.0 - 1e-3 * ge1 / (Math.abs(ge1) + 1e-8);
    assertEquals(theta1, p[0], 1e-15);
    adam.step(p, new double[] {-0.1}, 5e-4);
    double ge2 = -0.1 + lambda * theta1;
    double m = 0.9 * (0.1 * ge1) + 0.1 * ge2;
    double v = 0.999 * (0.001 * ge1 * ge1) + 0.001 * ge2 * ge2;
    double mHat = m / (1 - 0.81);
    double vHat = v / (1 - 0.999 * 0.999);
    assertEquals(theta1 - 5e-4 * mHat / (Math.sqrt(vHat) + 1e-8), p[0], 1e-15);
  }

  @Test
  void testStep_defaultConstructorKeepsTheEmulatorEpsilon() {
    double[] a = {1.0};
    double[] b = {1.0};
    new AdamOptimizer(0.01, 1).step(a, new double[] {1e-7});
    new AdamOptimizer(0.01, 1, AdamOptimizer.EPSILON, 0.0).step(b, new double[] {1e-7});
    assertEquals(b[0], a[0], 0.0);
    // With g = eps the step is half the rate: the epsilon really is 1e-7.
    assertEquals(1.0 - 0.005, a[0], 1e-12);
  }
}
