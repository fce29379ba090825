package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link JensenShannon}. */
class JensenShannonTest {

  @Test
  void testDivergence_disjointIsOneBit() {
    assertEquals(1.0, JensenShannon.divergence(new double[] {0, 0.1}, new double[] {0.9, 1.0}, 10), 1e-12);
  }

  @Test
  void testDivergence_knownDiscreteValue() {
    // P = (1, 0), Q = (1/2, 1/2): JS = 1.5 - 0.75 log2(3) = 0.311278... bits (hand computation).
    double js = JensenShannon.divergence(new double[] {1, 0}, new double[] {0.5, 0.5});
    assertEquals(1.5 - 0.75 * Math.log(3) / Math.log(2), js, 1e-12);
  }

  @Test
  void testDivergence_sameDistributionNearNoiseFloor() {
    SplittableRandom r = new SplittableRandom(3);
    double[] a = new double[20_000];
    double[] b = new double[20_000];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble();
      b[i] = r.nextDouble();
    }
    double js = JensenShannon.divergence(a, b, 50);
    double floor = JensenShannon.noiseFloor(a.length, b.length, 50);
    assertTrue(js < 3 * floor, "js " + js + " floor " + floor);
  }

  @Test
  void testDivergence_rejectsNaN() {
    assertThrows(InvalidParameterException.class,
        () -> JensenShannon.divergence(new double[] {Double.NaN}, new double[] {1}, 10));
  }
}
