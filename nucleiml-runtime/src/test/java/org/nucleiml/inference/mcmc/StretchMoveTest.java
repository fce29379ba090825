package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link StretchMove}. */
class StretchMoveTest {

  @Test
  void testDrawZ_followsInverseSqrtDensity() {
    // g(z) ~ 1/sqrt(z) on [1/2, 2]: normaliser 2(sqrt 2 - 1/sqrt 2), E z = (2/3)(2^1.5 - 2^-1.5) / normaliser.
    double norm = 2 * (Math.sqrt(2) - 1 / Math.sqrt(2));
    double mean = (2.0 / 3.0) * (Math.pow(2, 1.5) - Math.pow(2, -1.5)) / norm;
    double meanSquare = (2.0 / 5.0) * (Math.pow(2, 2.5) - Math.pow(2, -2.5)) / norm;
    SplittableRandom r = new SplittableRandom(4);
    int n = 100_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double z = StretchMove.DEFAULT.drawZ(r);
      assertTrue(z >= 0.5 && z <= 2.0, "z " + z);
      sum += z;
    }
    assertEquals(mean, sum / n, 5 * Math.sqrt((meanSquare - mean * mean) / n));
  }

  @Test
  void testPropose_alongTheLineThroughPartner() {
    assertArrayEquals(new double[] {3, 5}, StretchMove.DEFAULT.propose(new double[] {2, 3}, new double[] {1, 1}, 2), 0);
  }

  @Test
  void testAccept_includesVolumeFactorAndRejectsNaN() {
    // d = 3, z = 2: factor z^2 = 4 offsets a density ratio of 1/4 exactly; u just below 1 accepts.
    assertTrue(StretchMove.DEFAULT.accept(2, 3, Math.log(0.25) + 1e-12, 0, 0.999999));
    assertFalse(StretchMove.DEFAULT.accept(2, 3, Math.log(0.25) - 1e-3, 0, 0.999999));
    assertFalse(StretchMove.DEFAULT.accept(1, 3, Double.NaN, 0, 0.0));
    assertFalse(StretchMove.DEFAULT.accept(1, 3, Double.NEGATIVE_INFINITY, 0, 0.0));
  }

  @Test
  void testConstructor_rejectsScaleAtOne() {
    assertThrows(InvalidParameterException.class, () -> new StretchMove(1.0));
  }
}
