package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests for {@link KleinGordonSolver} against closed-form solutions. */
class KleinGordonSolverTest {

  @Test
  void testSolve_yukawaOfGaussianFieldReproducesField() {
    // phi = exp(-r^2/4) has source (-lap + mu^2) phi = (3/2 - r^2/4 + mu^2) phi
    double mu = 2.6;
    RadialGrid grid = new RadialGrid(0.1, 15.0);
    double[] source = new double[grid.n + 1];
    for (int i = 0; i <= grid.n; i++) {
      double r2 = grid.r[i] * grid.r[i];
      source[i] = (1.5 - r2 / 4 + mu * mu) * Math.exp(-r2 / 4);
    }
    double[] phi = new double[grid.n + 1];
    new KleinGordonSolver(grid, mu).solve(source, 0.0, phi);
    for (int i = 0; i <= grid.n; i++) {
      assertEquals(Math.exp(-grid.r[i] * grid.r[i] / 4), phi[i], 1e-6, "r = " + grid.r[i]);
    }
  }

  @Test
  void testSolve_poissonOfGaussianChargeIsErfOverR() {
    double a = 1.5;
    RadialGrid grid = new RadialGrid(0.1, 20.0);
    double[] rho = new double[grid.n + 1];
    for (int i = 0; i <= grid.n; i++) {
      rho[i] = Math.exp(-grid.r[i] * grid.r[i] / (2 * a * a)) / Math.pow(2 * Math.PI * a * a, 1.5);
    }
    double[] source = new double[grid.n + 1];
    for (int i = 0; i <= grid.n; i++) {
      source[i] = 4 * Math.PI * rho[i];
    }
    double[] phi = new double[grid.n + 1];
    new KleinGordonSolver(grid, 0.0).solve(source, 1.0, phi);
    for (int i = 1; i <= grid.n; i++) {
      double r = grid.r[i];
      double exact = org.apache.commons.math3.special.Erf.erf(r / (Math.sqrt(2) * a)) / r;
      assertEquals(exact, phi[i], 1e-6, "r = " + r);
    }
    assertTrue(Math.abs(phi[0] - Math.sqrt(2 / Math.PI) / a) < 1e-5);
  }
}
