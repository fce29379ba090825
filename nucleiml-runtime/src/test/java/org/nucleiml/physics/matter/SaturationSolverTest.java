package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/** Tests for {@link SaturationSolver}. */
class SaturationSolverTest {

  /** The CSV's NMPs carry 12 significant digits; the doc reaches 4e-12 with the same recipe. */
  private static final double NMP_TOLERANCE = 1e-8;

  @Test
  void testSolve_reproducesEveryReferenceSet() {
    double worst = 0;
    for (ReferenceSet set : ReferenceSets.all()) {
      NuclearMatterParameters got = SaturationSolver.solve(set.couplings(), set.constants());
      double[] want = set.nmp().toArray();
      double[] have = got.toArray();
      for (int i = 0; i < want.length; i++) {
        double rel = Math.abs(have[i] - want[i]) / Math.abs(want[i]);
        worst = Math.max(worst, rel);
        assertEquals(want[i], have[i], NMP_TOLERANCE * Math.abs(want[i]),
            set.name() + " " + NuclearMatterParameters.NAMES.get(i));
      }
    }
    System.out.printf("forward map, reference sets: max relative NMP error %.2e%n", worst);
  }

  @Test
  void testSolve_nl3MatchesPrintedCouplingsNotQuotedE0() {
    // Section 8 of the spec: the printed NL3 couplings give -16.24 MeV, not the quoted -16.30.
    ReferenceSet nl3 = ReferenceSets.named("NL3");
    NuclearMatterParameters p = SaturationSolver.solve(nl3.couplings(), nl3.constants());
    assertEquals(-16.240, p.e0(), 5e-4);
    assertEquals(0.1482, p.rho0(), 5e-5);
    assertEquals(271.5, p.k0(), 0.1);
  }

  @Test
  void testSolve_pressureVanishesAtSaturation() {
    for (ReferenceSet set : ReferenceSets.all()) {
      ReducedCouplings r = ReducedCouplings.of(set.couplings(), set.constants());
      SymmetricMatter st = SaturationSolver.minima(r).get(0);
      double muMinusM = st.fermiEnergy() + st.w() - r.nucleonMass();
      // P in MeV^4 relative to rho * mu: only rounding should remain.
      assertEquals(0, st.pressure() / (st.rho() * (muMinusM + r.nucleonMass())), 1e-14, set.name());
      assertEquals(st.energyPerNucleon(), muMinusM, 1e-10, set.name());
    }
  }

  @Test
  void testSolve_withoutScalarAttraction_throwsNoSaturation() {
    // A weak sigma cannot bind: E/A rises monotonically, the pressure stays positive.
    Couplings weak = new Couplings(2.0, 12.0, 9.0, 0, 0, 0, 0);
    NoSaturationException e = assertThrows(NoSaturationException.class,
        () -> SaturationSolver.solve(weak, ModelConstants.STUDY));
    assertTrue(e.getMessage().contains("does not saturate"), e.getMessage());
  }

  @Test
  void testSolve_negativeSymmetryEnergyIsReportedNotRejectedAsInput() {
    // FSUGold with Lambda_v = -0.1: a_r + Lambda_v W^2 ~ -4e3 MeV^2 at saturation, so J_pot ~ -30 MeV.
    ReferenceSet fsu = ReferenceSets.named("FSUGold");
    Couplings k = fsu.couplings();
    Couplings bent = new Couplings(k.gSigma(), k.gOmega(), k.gRho(), k.aMeV(), k.b(), k.c(), -0.1);
    NoSaturationException e = assertThrows(NoSaturationException.class,
        () -> SaturationSolver.solve(bent, fsu.constants()));
    assertTrue(e.getMessage().contains("J0: found -"), e.getMessage());
  }

  @Test
  void testLocalMinima_referenceSetsHaveOneMinimum() {
    for (ReferenceSet set : ReferenceSets.all()) {
      List<EnergyMinimum> minima = SaturationSolver.localMinima(set.couplings(), set.constants());
      assertEquals(1, minima.size(), set.name());
      assertEquals(set.nmp().rho0(), minima.get(0).densityFm3(), 1e-9, set.name());
    }
  }
}
