package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link BcsPairing}. */
class BcsPairingTest {

  @Test
  void testOccupy_twoSymmetricLevelsHalfFilledPutsLambdaInTheMiddle() {
    Orbital low = orbital(-1, -10.0);
    Orbital high = orbital(1, -8.0);
    double gap = 1.0;
    double energy = BcsPairing.occupy(List.of(low, high), 2.0, gap);
    // lambda = -9: v^2 = (1 -+ 1/sqrt(2))/2, u v = 1/(2 sqrt 2); E = -Delta sum (2j+1)/2 u v
    assertEquals(0.5 * (1 + 1 / Math.sqrt(2)), low.occupation, 1e-10);
    assertEquals(0.5 * (1 - 1 / Math.sqrt(2)), high.occupation, 1e-10);
    assertEquals(-gap / Math.sqrt(2), energy, 1e-10);
  }

  @Test
  void testOccupy_particleNumberIsConserved() {
    List<Orbital> window = List.of(orbital(-5, -12.0), orbital(4, -11.3), orbital(-1, -10.9),
        orbital(-6, -9.5), orbital(2, -9.1));
    BcsPairing.occupy(window, 13.0, 12 / Math.sqrt(116));
    double n = 0;
    for (Orbital o : window) {
      n += o.degeneracy * o.occupation;
    }
    assertEquals(13.0, n, 1e-9);
  }

  /**
   * A single degenerate j = 11/2 shell (Omega = 6 pairs) with N = 4 nucleons and a seniority force:
   * the BCS solution is analytic (Ring and Schuck 1980, chapter 6): v^2 = N/(2 Omega), Delta =
   * (G/2) sqrt(N (2 Omega - N)), pairing energy -Delta^2/G = -G (N/2) (Omega - N/2) (the exact
   * seniority-zero energy is -G (N/2)(Omega - N/2 + 1); BCS misses the last term, as it should).
   */
  @Test
  void testOccupyWithStrength_singleJShellMatchesTheAnalyticSolution() {
    Orbital shell = orbital(-6, -7.5);
    double g = 0.2;
    double gap = BcsPairing.occupyWithStrength(List.of(shell), 4.0, g);
    assertEquals(0.5 * g * Math.sqrt(4 * (12 - 4)), gap, 1e-10);
    assertEquals(4.0 / 12.0, shell.occupation, 1e-10);
    assertEquals(-g * 2 * (6 - 2), -gap * gap / g, 1e-9);
  }

  /**
   * Two j = 1/2 levels at -/+ d/2 with 2 nucleons: lambda = 0 by symmetry and the gap equation
   * 1 = G/sqrt(d^2/4 + Delta^2) gives Delta = sqrt(G^2 - d^2/4) above the critical strength G = d/2,
   * and no pairing (sharp filling) below it.
   */
  @Test
  void testOccupyWithStrength_twoLevelsHaveTheAnalyticGapAndCollapseBelowTheCriticalStrength() {
    Orbital low = orbital(-1, -11.0);
    Orbital high = orbital(1, -9.0);
    double gap = BcsPairing.occupyWithStrength(List.of(low, high), 2.0, 1.5);
    assertEquals(Math.sqrt(1.5 * 1.5 - 1.0), gap, 1e-10);
    assertEquals(0.5 * (1 + 1 / 1.5), low.occupation, 1e-10);
    assertEquals(0, BcsPairing.occupyWithStrength(List.of(low, high), 2.0, 0.8), 0.0);
    assertEquals(1.0, low.occupation, 0.0);
    assertEquals(0.0, high.occupation, 0.0);
  }

  private static Orbital orbital(int kappa, double energy) {
    Orbital o = new Orbital(new DiracLevel(kappa, 1), 4);
    o.energy = energy;
    return o;
  }
}
