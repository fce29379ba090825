package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests for {@link BroydenMixer}. */
class BroydenMixerTest {

  /** x = A x + b with a contraction A whose plain iteration would need hundreds of steps. */
  @Test
  void testMix_linearFixedPointConvergesToDirectSolution() {
    int n = 6;
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = i + 1;
      for (int j = 0; j < n; j++) {
        a[i][j] = (i == j ? 0.97 : 0.0) - 0.3 / (1 + Math.abs(i - j)) * (i == j ? 0 : 1);
      }
    }
    double[] x = new double[n];
    double[] y = new double[n];
    BroydenMixer mixer = new BroydenMixer(n, 8, 0.5);
    int steps = 0;
    double residual = Double.POSITIVE_INFINITY;
    while (residual > 1e-12 && steps < 200) {
      residual = 0;
      for (int i = 0; i < n; i++) {
        y[i] = b[i];
        for (int j = 0; j < n; j++) {
          y[i] += a[i][j] * x[j];
        }
        residual = Math.max(residual, Math.abs(y[i] - x[i]));
      }
      mixer.mix(x, y);
      steps++;
    }
    assertTrue(steps < 60, "steps " + steps);
    double[] direct = new org.apache.commons.math3.linear.LUDecomposition(
        org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(n)
            .subtract(org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(a)))
        .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(b)).toArray();
    assertArrayEquals(direct, x, 1e-9);
  }
}
