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

  private static Orbital orbital(int kappa, double energy) {
    Orbital o = new Orbital(new DiracLevel(kappa, 1), 4);
    o.energy = energy;
    return o;
  }
}
