package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests for {@link DiracSolver} against an exactly solvable case: with {@code S = -V} the Dirac
 * equation reduces to a Schroedinger equation for G with mass {@code (eps + 2m)/2} in the potential
 * 2V (spin symmetry), so for {@code 2V = k r^2 / 2} the levels obey the oscillator formula
 * {@code eps = hbar c sqrt(2k/(eps + 2m)) (2 n_r + l + 3/2)}, and spin-orbit partners are degenerate.
 */
class DiracSolverTest {

  private static final double MASS = 939.0;
  private static final double K = 2.4;
  private static final double HBAR_C = 197.327;

  /** Errors of 1e-4 MeV at h = 0.1 fm shrink as h^4 (RK4): below 1e-5 MeV at h = 0.05 fm. */
  @Test
  void testSolve_spinSymmetricOscillatorMatchesExactLevels() {
    assertLevels(0.1, 1e-4);
    assertLevels(0.05, 1e-5);
  }

  private static void assertLevels(double h, double tolerance) {
    DiracSolver solver = oscillator(h, 16.0);
    double[] g = new double[(int) Math.round(16.0 / h) + 1];
    double[] f = new double[g.length];
    int[][] cases = {{-1, 1, 0, 0}, {-2, 1, 0, 1}, {1, 1, 0, 1}, {-1, 2, 1, 0}, {-4, 1, 0, 3},
        {3, 2, 1, 3}};
    for (int[] c : cases) {
      double eps = solver.solve(c[0], c[1], Double.NaN, g, f);
      double exact = exactLevel(2 * c[2] + c[3] + 1.5);
      assertEquals(exact, eps, tolerance, "h " + h + " kappa " + c[0] + " n " + c[1]);
    }
  }

  @Test
  void testSolve_wavefunctionNormalisedWithRequestedNodes() {
    DiracSolver solver = oscillator(0.1, 16.0);
    double[] g = new double[161];
    double[] f = new double[161];
    solver.solve(-1, 3, Double.NaN, g, f);
    double norm = 0;
    int nodes = 0;
    for (int i = 1; i <= 160; i++) {
      norm += 0.1 * (g[i] * g[i] + f[i] * f[i]);
      if (i > 1 && (g[i] > 0) != (g[i - 1] > 0)) {
        nodes++;
      }
    }
    assertEquals(1.0, norm, 1e-12);
    assertEquals(2, nodes);
  }

  @Test
  void testSolve_warmGuessGivesSameLevel() {
    DiracSolver solver = oscillator(0.1, 16.0);
    double[] g = new double[161];
    double[] f = new double[161];
    double cold = solver.solve(2, 1, Double.NaN, g, f);
    for (double guess : new double[] {cold - 30, cold - 3, cold + 0.5, cold + 12}) {
      assertEquals(cold, solver.solve(2, 1, guess, g, f), 1e-8, "guess " + guess);
    }
  }

  @Test
  void testCountBelow_countsLevelsOfOneKappa() {
    DiracSolver solver = oscillator(0.1, 16.0);
    double e1 = exactLevel(1.5);
    double e2 = exactLevel(3.5);
    assertEquals(0, solver.countBelow(-1, e1 - 1));
    assertEquals(1, solver.countBelow(-1, 0.5 * (e1 + e2)));
    assertEquals(2, solver.countBelow(-1, e2 + 1));
  }

  @Test
  void testSolve_unboundLevelIsNaN() {
    RadialGrid grid = new RadialGrid(0.1, 12.0);
    DiracSolver solver = new DiracSolver(grid);
    double[] zero = new double[grid.n + 1];
    solver.setPotentials(zero, zero, MASS);
    assertTrue(Double.isNaN(solver.solve(-1, 1, Double.NaN, new double[grid.n + 1],
        new double[grid.n + 1])));
  }

  private static DiracSolver oscillator(double h, double box) {
    RadialGrid grid = new RadialGrid(h, box);
    double[] s = new double[grid.n + 1];
    double[] v = new double[grid.n + 1];
    for (int i = 0; i <= grid.n; i++) {
      // shifted down so low levels are negative like nuclear ones; S = -(V + 100)
      v[i] = 0.25 * K * grid.r[i] * grid.r[i] - 100.0;
      s[i] = -v[i] - 200.0;
    }
    DiracSolver solver = new DiracSolver(grid);
    solver.setPotentials(s, v, MASS);
    return solver;
  }

  /** Fixed point of the energy-dependent oscillator formula, for the shifted potentials above. */
  private static double exactLevel(double quanta) {
    // with V = k r^2/4 - 100 and S = -V - 200: eps + 2m - S - V = eps + 2m + 200 and
    // eps - V + S = eps - 2V - 200 = eps - k r^2/2, so eps = hbar omega(eps) * quanta with mass
    // (eps + 2m + 200)/2
    double eps = 10;
    for (int i = 0; i < 200; i++) {
      double mu = 0.5 * (eps + 2 * MASS + 200.0);
      eps = HBAR_C * Math.sqrt(K / mu) * quanta;
    }
    return eps;
  }
}
