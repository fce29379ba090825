package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * Tests for the radial profiles rho, tau, J of {@link RadialProfiles} and
 * {@link NucleusSolution#profiles()} (spec mass-model-studies 5.3, docs/chart.md).
 */
class RadialProfilesTest {

  private static final ReferenceSet NL3 = ReferenceSets.named("NL3");
  private static final SolverSettings CHART = SolverSettings.DEFAULT.withMeshStep(0.1).withBoxRadius(15);

  private static NucleusSolution solve(SolverSettings settings, String nucleus) {
    NucleusSolution s = new RmfSolver(settings).solve(Nucleus.parse(nucleus), NL3.couplings(), NL3.constants());
    assertTrue(s.converged(), nucleus + ": " + s.reason());
    return s;
  }

  /** The vector density integrates to Z and N (closed shells and a BCS open shell). */
  @Test
  void testProfiles_bothComponentsIntegrateToParticleNumbers() {
    for (String name : List.of("40Ca", "44Ca", "208Pb")) {
      NucleusSolution s = solve(CHART.withProfiles(DensityComponents.BOTH), name);
      NuclearProfiles p = s.profiles();
      assertEquals(s.nucleus().z(), p.protons().particleNumber(), 1e-6, name + " protons");
      assertEquals(s.nucleus().n(), p.neutrons().particleNumber(), 1e-6, name + " neutrons");
      assertEquals(150, p.protons().radiiFm().length);
      assertEquals(0.1, p.protons().radiiFm()[0], 1e-15);
      assertEquals(15.0, p.protons().radiiFm()[149], 1e-12);
      // the profile is the solver's own point-proton density: the same rms radius
      assertEquals(s.protonRadiusFm(), rmsRadius(p.protons()), 1e-10, name);
      assertEquals(s.neutronRadiusFm(), rmsRadius(p.neutrons()), 1e-10, name);
    }
  }

  /** tau is a sum of squares with positive weights; the upper component holds ~99% of the nucleons. */
  @Test
  void testProfiles_tauNonNegativeAndUpperOnlyHoldsMostNucleons() {
    for (DensityComponents c : DensityComponents.values()) {
      NuclearProfiles p = solve(CHART.withProfiles(c), "132Sn").profiles();
      assertEquals(c, p.components());
      for (SpeciesProfiles s : List.of(p.protons(), p.neutrons())) {
        for (double t : s.tau()) {
          assertTrue(t >= 0, c + " " + s.species() + " tau " + t);
        }
      }
    }
    NuclearProfiles upper = solve(CHART.withProfiles(DensityComponents.UPPER_ONLY), "132Sn").profiles();
    double z = upper.protons().particleNumber();
    assertTrue(z < 50 && z > 0.97 * 50, "upper-component protons " + z);
  }

  /** Profiles are off by default, and asking for them leaves every observable bit-identical. */
  @Test
  void testProfiles_offByDefaultAndObservablesUnchanged() {
    NucleusSolution plain = solve(CHART, "48Ca");
    NucleusSolution with = solve(CHART.withProfiles(DensityComponents.BOTH), "48Ca");
    assertNull(plain.profiles());
    assertNull(SolverSettings.DEFAULT.profiles());
    assertEquals(plain.bindingEnergyMeV(), with.bindingEnergyMeV(), 0.0);
    assertEquals(plain.chargeRadiusFm(), with.chargeRadiusFm(), 0.0);
    assertEquals(plain.iterations(), with.iterations());
  }

  /** The chart mesh (h = 0.1 fm, box 15 fm) agrees with the default settings to 1e-4 relative. */
  @Test
  void testChartMesh_agreesWithDefaultSettings() {
    for (String name : List.of("40Ca", "132Sn", "208Pb")) {
      NucleusSolution d = solve(SolverSettings.DEFAULT, name);
      NucleusSolution c = solve(CHART, name);
      assertEquals(d.bindingEnergyMeV(), c.bindingEnergyMeV(), 1e-4 * d.bindingEnergyMeV(), name + " BE");
      assertEquals(d.chargeRadiusFm(), c.chargeRadiusFm(), 1e-4 * d.chargeRadiusFm(), name + " Rch");
    }
  }

  /**
   * Oscillator 1s and 1p wave functions with known derivatives: tau and J from the 4th-order
   * differences match the analytic values (the parity rule at the origin included).
   */
  @Test
  void testAdd_matchesAnalyticOscillatorProfiles() {
    RadialGrid grid = new RadialGrid(0.1, 15);
    double b = 1.8;
    double[] g = new double[grid.n + 1];
    double[] zero = new double[grid.n + 1];
    for (int l = 0; l <= 1; l++) {
      for (int i = 0; i <= grid.n; i++) {
        double r = grid.r[i];
        g[i] = r * Math.pow(r, l) * Math.exp(-r * r / (2 * b * b));
      }
      int kappa = l == 0 ? -1 : -2;
      RadialProfiles p = new RadialProfiles(grid, DensityComponents.UPPER_ONLY);
      p.add(new DiracLevel(kappa, 1), g, zero, 4 * Math.PI);
      SpeciesProfiles s = p.profiles(NucleonSpecies.NEUTRON);
      for (int k = 0; k < grid.n; k++) {
        double r = grid.r[k + 1];
        double big = Math.pow(r, l) * Math.exp(-r * r / (2 * b * b));
        double slope = (l / r - r / (b * b)) * big;
        double tau = slope * slope + l * (l + 1) * big * big / (r * r);
        assertEquals(tau, s.tau()[k], 2e-5, "l " + l + " r " + r);
        assertEquals(big * big, s.rho()[k], 1e-15);
        assertEquals(2 / r * -(kappa + 1) * big * big, s.spinOrbit()[k], 1e-12);
      }
    }
  }

  /** An s1/2 level adds nothing to J from its upper component; with BOTH its lower one (l~ = 1) does. */
  @Test
  void testSpinOrbit_sHalfOnlyThroughLowerComponent() {
    Level s = Level.solve(-1);
    SpeciesProfiles upper = s.profile(DensityComponents.UPPER_ONLY);
    SpeciesProfiles both = s.profile(DensityComponents.BOTH);
    double maxBoth = 0;
    for (int k = 0; k < upper.spinOrbit().length; k++) {
      assertEquals(0.0, upper.spinOrbit()[k], 0.0);
      maxBoth = Math.max(maxBoth, Math.abs(both.spinOrbit()[k]));
      // kappa - 1 = -2 < 0: the lower component's contribution is negative
      assertTrue(both.spinOrbit()[k] <= 0);
    }
    assertTrue(maxBoth > 1e-5, "lower-component J of 1s1/2: " + maxBoth);
  }

  /** The two members of a filled spin-orbit pair (1p3/2, 1p1/2) give J of opposite sign. */
  @Test
  void testSpinOrbit_partnersHaveOppositeSigns() {
    Level p3 = Level.solve(-2);
    Level p1 = Level.solve(1);
    for (DensityComponents c : DensityComponents.values()) {
      double[] j3 = p3.profile(c).spinOrbit();
      double[] j1 = p1.profile(c).spinOrbit();
      double i3 = 0;
      double i1 = 0;
      for (int k = 0; k < j3.length; k++) {
        double r = 0.1 * (k + 1);
        i3 += j3[k] * r * r;
        i1 += j1[k] * r * r;
        if (c == DensityComponents.UPPER_ONLY) {
          assertTrue(j3[k] >= 0 && j1[k] <= 0, "r " + r);
        }
      }
      assertTrue(i3 > 0 && i1 < 0, c + ": " + i3 + " " + i1);
      // filled: 4 and 2 nucleons; without spin-orbit splitting their J would cancel exactly
      assertTrue(Math.abs(i3 + i1) < 0.5 * Math.abs(i1), c + ": " + i3 + " " + i1);
    }
  }

  private static double rmsRadius(SpeciesProfiles s) {
    double num = 0;
    double den = 0;
    double[] r = s.radiiFm();
    double[] rho = s.rho();
    for (int k = 0; k < r.length; k++) {
      num += rho[k] * Math.pow(r[k], 4);
      den += rho[k] * r[k] * r[k];
    }
    return Math.sqrt(num / den);
  }

  /** One filled level in Woods-Saxon scalar and vector potentials of a 40Ca-like nucleus. */
  private record Level(DiracLevel level, RadialGrid grid, double[] g, double[] f) {

    static Level solve(int kappa) {
      RadialGrid grid = new RadialGrid(0.1, 15);
      double[] s = new double[grid.n + 1];
      double[] v = new double[grid.n + 1];
      for (int i = 0; i <= grid.n; i++) {
        double shape = 1 / (1 + Math.exp((grid.r[i] - 3.6) / 0.55));
        // the solver's S is the attractive scalar g_sigma sigma (M* = M - S): a 70 MeV deep well
        s[i] = 420 * shape;
        v[i] = 350 * shape;
      }
      DiracSolver dirac = new DiracSolver(grid);
      dirac.setPotentials(s, v, 939.0);
      double[] g = new double[grid.n + 1];
      double[] f = new double[grid.n + 1];
      double e = dirac.solve(kappa, 1, Double.NaN, g, f);
      assertTrue(Double.isFinite(e), "kappa " + kappa + " unbound");
      return new Level(new DiracLevel(kappa, 1), grid, g, f);
    }

    SpeciesProfiles profile(DensityComponents c) {
      RadialProfiles p = new RadialProfiles(grid, c);
      p.add(level, g, f, level.degeneracy());
      return p.profiles(NucleonSpecies.NEUTRON);
    }
  }
}
