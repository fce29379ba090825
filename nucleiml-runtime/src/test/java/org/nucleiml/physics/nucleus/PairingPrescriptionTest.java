package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.matter.NmpBox;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * The three pairing prescriptions in full solves, and the occupied configuration they report
 * (docs/physics-finite-nuclei.md, section 2).
 */
class PairingPrescriptionTest {

  private static NucleusSolution solve(String set, String nucleus, PairingPrescription p) {
    ReferenceSet s = ReferenceSets.named(set);
    return new RmfSolver(SolverSettings.DEFAULT.withPairing(PairingSettings.of(p)))
        .solve(Nucleus.parse(nucleus), s.couplings(), s.constants());
  }

  private static double particles(NucleusSolution s, NucleonSpecies species) {
    return s.levels().stream().filter(l -> l.species() == species)
        .mapToDouble(l -> l.occupation() * l.level().degeneracy()).sum();
  }

  /**
   * Z271v1 (m* / m = 0.8, weak spin-orbit splitting) 52Ca: the neutron 1f5/2 lies below 2p3/2, so
   * N = 32 leaves it with 4 of 6. Constant-gap pairs the window with Delta = 12/sqrt(52); none fills
   * the level uniformly, with no pairing energy.
   */
  @Test
  void testNone_fillsAPartlyFilledLevelUniformlyWhereConstantGapPairsIt() {
    NucleusSolution paired = solve("Z271v1", "52Ca", PairingPrescription.CONSTANT_GAP);
    NucleusSolution unpaired = solve("Z271v1", "52Ca", PairingPrescription.NONE);
    String n = unpaired.configuration().split("; ")[1];
    assertEquals("n: 1s1/2^2 1p3/2^4 1p1/2^2 1d5/2^6 1d3/2^4 2s1/2^2 1f7/2^8 1f5/2^4", n);
    assertTrue(paired.configuration().endsWith(
        String.format(java.util.Locale.ROOT, "[Delta %.3f MeV]", 12 / Math.sqrt(52))),
        paired.configuration());
    assertEquals(32.0, particles(paired, NucleonSpecies.NEUTRON), 1e-9);
    assertEquals(32.0, particles(unpaired, NucleonSpecies.NEUTRON), 1e-12);
    assertTrue(paired.bindingEnergyMeV() > unpaired.bindingEnergyMeV() + 1.0);
  }

  /** A doubly closed shell with a large gap: the gap equation has no root, as without pairing. */
  @Test
  void testConstantG_closedShellCollapsesToTheUnpairedSolution() {
    NucleusSolution g = solve("NL3", "208Pb", PairingPrescription.CONSTANT_G);
    NucleusSolution none = solve("NL3", "208Pb", PairingPrescription.NONE);
    assertFalse(g.configuration().contains("Delta"), g.configuration());
    assertEquals(none.configuration(), g.configuration());
    assertEquals(none.bindingEnergyMeV(), g.bindingEnergyMeV(), 1e-5);
  }

  /** An open shell: the force pairs it, keeps the particle number and binds more than no pairing. */
  @Test
  void testConstantG_openShellIsPairedWithParticleNumberKept() {
    NucleusSolution g = solve("NL3", "116Sn", PairingPrescription.CONSTANT_G);
    NucleusSolution none = solve("NL3", "116Sn", PairingPrescription.NONE);
    assertTrue(g.converged(), String.valueOf(g.reason()));
    assertTrue(g.configuration().split("; ")[1].contains("Delta"), g.configuration());
    assertEquals(66.0, particles(g, NucleonSpecies.NEUTRON), 1e-9);
    assertEquals(50.0, particles(g, NucleonSpecies.PROTON), 1e-9);
    assertTrue(g.bindingEnergyMeV() > none.bindingEnergyMeV());
  }

  /**
   * TM1 54Ca, the one case that differs from the reference code by its configuration: the neutron
   * 2p1/2 closes N = 34 here (docs/physics-finite-nuclei.md, section 5).
   */
  @Test
  void testConfiguration_namesTheLevelThatClosesTheShell() {
    NucleusSolution s = solve("TM1", "54Ca", PairingPrescription.NONE);
    assertEquals("p: 1s1/2^2 1p3/2^4 1p1/2^2 1d5/2^6 1d3/2^4 2s1/2^2; n: 1s1/2^2 1p3/2^4 1p1/2^2"
        + " 1d5/2^6 1d3/2^4 2s1/2^2 1f7/2^8 2p3/2^4 2p1/2^2", s.configuration());
  }

  /**
   * A study-box point (NmpBox seed 4, index 117) whose 208Pb solve flips between two proton
   * configurations: the failure names them (2d3/2 taking four of the six protons of 1h9/2).
   */
  @Test
  void testLevelOrdering_namesTheCrossingLevels() {
    InversionOutcome o = CouplingInverter.invert(NmpBox.point(4L, 117), ModelConstants.STUDY);
    NucleusSolution s = new RmfSolver(SolverSettings.DEFAULT)
        .solve(Nucleus.parse("208Pb"), o.couplings(), ModelConstants.STUDY);
    assertEquals(NonConvergenceReason.LEVEL_ORDERING, s.reason());
    assertEquals("p: 1h9/2^6 -> 2d3/2^4 1h9/2^2", s.levelCrossing());
    assertEquals(null, s.configuration());
  }
}
