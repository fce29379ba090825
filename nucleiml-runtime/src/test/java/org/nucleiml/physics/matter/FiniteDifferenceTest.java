package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.reference.ReferenceSets;

/**
 * The analytic K0, Q0, J0 and L0 of {@link SaturationDerivatives} against finite differences of
 * E/A(rho, delta) from {@link AsymmetricMatter}, which solves the full field equations and uses none
 * of the derivative formulas.
 */
class FiniteDifferenceTest {

  private static final double H_RHO = 0.005;
  /** Asymmetry steps of the Richardson extrapolation of (e(delta) - e(-delta) ...)/delta^2. */
  private static final double H_DELTA = 0.1;

  /** Spec Section 8 finds FD noise of 2e-7 (K0), 1e-4 (Q0), 2e-8 (J0), 1e-5 (L0) MeV. */
  private static final double K0_TOL = 5e-6;
  private static final double Q0_TOL = 1e-3;
  private static final double J0_TOL = 1e-7;
  private static final double L0_TOL = 1e-5;

  @Test
  void testSaturationDerivatives_matchFiniteDifferencesOfEnergy() {
    ModelConstants fsuMasses = new ModelConstants(491.5, 782.5, 763, 939);
    List<Case> cases = List.of(
        new Case("NL3", ReferenceSets.named("NL3").couplings(), ReferenceSets.named("NL3").constants()),
        new Case("FSUGold", ReferenceSets.named("FSUGold").couplings(),
            ReferenceSets.named("FSUGold").constants()),
        new Case("TM1", ReferenceSets.named("TM1").couplings(), ReferenceSets.named("TM1").constants()),
        // inversion-case row 4: Lambda_v < 0, C > 0
        new Case("Lambda_v<0", new Couplings(8.21166940059, 10.192242379, 5.03066438963,
            651.956113762, 52.9304195611, 0.0137680358098, -0.0766221624361), fsuMasses));
    for (Case c : cases) {
      NuclearMatterParameters p = SaturationSolver.solve(c.couplings, c.masses);
      DoubleUnaryOperator e = rho -> AsymmetricMatter.energyPerNucleon(c.couplings, c.masses, rho, 0);
      DoubleUnaryOperator sym = rho -> symmetryEnergy(c, rho);
      double r0 = p.rho0();
      assertEquals(p.e0(), e.applyAsDouble(r0), 1e-10, c.name + " E0");
      assertEquals(0, firstDerivative(e, r0), 1e-6, c.name + " P");
      double k0 = 9 * r0 * r0 * secondDerivative(e, r0);
      double q0 = 27 * r0 * r0 * r0 * thirdDerivative(e, r0);
      double j0 = sym.applyAsDouble(r0);
      double l0 = 3 * r0 * firstDerivative(sym, r0);
      System.out.printf("FD - analytic, %s: K0 %.1e, Q0 %.1e, J0 %.1e, L0 %.1e MeV%n", c.name,
          k0 - p.k0(), q0 - p.q0(), j0 - p.j0(), l0 - p.l0());
      assertEquals(p.k0(), k0, K0_TOL, c.name + " K0");
      assertEquals(p.q0(), q0, Q0_TOL, c.name + " Q0");
      assertEquals(p.j0(), j0, J0_TOL, c.name + " J0");
      assertEquals(p.l0(), l0, L0_TOL, c.name + " L0");
    }
  }

  private record Case(String name, Couplings couplings, ModelConstants masses) {}

  /** (1/2) d^2 e/d delta^2 at delta = 0: two Richardson steps over h, h/2, h/4 (e is even in delta). */
  private static double symmetryEnergy(Case c, double rho) {
    double e0 = AsymmetricMatter.energyPerNucleon(c.couplings, c.masses, rho, 0);
    double[] d = new double[3];
    for (int i = 0; i < 3; i++) {
      double h = H_DELTA / (1 << i);
      double plus = AsymmetricMatter.energyPerNucleon(c.couplings, c.masses, rho, h);
      double minus = AsymmetricMatter.energyPerNucleon(c.couplings, c.masses, rho, -h);
      d[i] = (plus - 2 * e0 + minus) / (2 * h * h);
    }
    double r1 = (4 * d[1] - d[0]) / 3;
    double r2 = (4 * d[2] - d[1]) / 3;
    return (16 * r2 - r1) / 15;
  }

  private static double f(DoubleUnaryOperator g, double x, int k) {
    return g.applyAsDouble(x + k * H_RHO);
  }

  private static double f(DoubleUnaryOperator g, double x, int k, double h) {
    return g.applyAsDouble(x + k * h);
  }

  /** Sixth-order central first derivative. */
  private static double firstDerivative(DoubleUnaryOperator g, double x) {
    return (-f(g, x, -3) + 9 * f(g, x, -2) - 45 * f(g, x, -1) + 45 * f(g, x, 1) - 9 * f(g, x, 2)
        + f(g, x, 3)) / (60 * H_RHO);
  }

  /** Sixth-order central second derivative. */
  private static double secondDerivative(DoubleUnaryOperator g, double x) {
    return (2 * f(g, x, -3) - 27 * f(g, x, -2) + 270 * f(g, x, -1) - 490 * f(g, x, 0)
        + 270 * f(g, x, 1) - 27 * f(g, x, 2) + 2 * f(g, x, 3)) / (180 * H_RHO * H_RHO);
  }

  /** Fourth-order central third derivative at steps h and h/2, Richardson-combined to sixth order. */
  private static double thirdDerivative(DoubleUnaryOperator g, double x) {
    return (16 * thirdDerivative(g, x, H_RHO / 2) - thirdDerivative(g, x, H_RHO)) / 15;
  }

  private static double thirdDerivative(DoubleUnaryOperator g, double x, double h) {
    return (f(g, x, -3, h) - 8 * f(g, x, -2, h) + 13 * f(g, x, -1, h) - 13 * f(g, x, 1, h)
        + 8 * f(g, x, 2, h) - f(g, x, 3, h)) / (8 * h * h * h);
  }
}
