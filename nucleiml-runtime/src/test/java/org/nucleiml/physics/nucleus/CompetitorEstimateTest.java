package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * The first-order (frozen-field) energy of the competing configuration that gates the ground-state
 * check ({@link CompetingConfigurations}): NL3 208Pb converged, its proton Fermi surface 3s1/2 ->
 * 1h9/2, and the two protons of 3s1/2 moved into 1h9/2 in the converged levels.
 */
class CompetitorEstimateTest {

  private static MeanFieldScheme converged(PairingPrescription prescription) {
    ReferenceSet nl3 = ReferenceSets.named("NL3");
    SolverSettings settings = SolverSettings.DEFAULT.withPairing(PairingSettings.of(prescription));
    MeanFieldScheme scheme = new MeanFieldScheme(Nucleus.parse("208Pb"), nl3.couplings(),
        nl3.constants(), settings);
    double[] x = new double[scheme.fieldLength()];
    scheme.coldStart(x);
    assertTrue(new SelfConsistentIteration(scheme, settings).run(x, null).converged());
    return scheme;
  }

  @Test
  void testEstimate_sharpSwapIsTheLevelDistanceTimesTheMovedNucleons() {
    MeanFieldScheme scheme = converged(PairingPrescription.NONE);
    NucleonLevels protons = scheme.protons;
    NucleonLevels.FermiSurface surface = protons.fermiSurface();
    assertNotNull(surface);
    assertEquals("3s1/2", surface.last().label());
    assertEquals("1h9/2", surface.next().label());
    List<SingleParticleLevel> before = protons.levels();
    double sum = protons.energySum;
    // without pairing: 2 protons from 3s1/2 into 1h9/2 (Koopmans), 2 (e_1h9/2 - e_3s1/2)
    double shift = protons.competitorEnergyShiftMeV(surface.next(), surface.last());
    assertEquals(2 * surface.gapMeV(), shift, 1e-9);
    // the estimate changes nothing of the converged state
    assertEquals(before, protons.levels());
    assertEquals(sum, protons.energySum, 0.0);
  }

  @Test
  void testEstimate_constantGapPairingOfTheSwappedFillingLowersIt() {
    MeanFieldScheme scheme = converged(PairingPrescription.CONSTANT_GAP);
    NucleonLevels.FermiSurface surface = scheme.protons.fermiSurface();
    double shift = scheme.protons.competitorEnergyShiftMeV(surface.next(), surface.last());
    // 1h9/2 holds 2 of 10 in the swapped filling, so BCS pairs it: below the sharp cost
    assertTrue(shift < 2 * surface.gapMeV(), shift + " vs " + 2 * surface.gapMeV());
    // NL3 208Pb: proton Fermi gap 3.5 MeV (docs section 7), above the check's gate
    assertTrue(surface.gapMeV() > CompetingConfigurations.GAP_MEV, surface.toString());
  }
}
