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

  @Test
  void testBins_freedmanDiaconisByHand() {
    // Pooled 0,0,1,1,...,99,99: IQR = 74.25 - 24.75 = 49.5, width 99 / cbrt(200) = 16.93, 99 / 16.93 -> 6.
    double[] x = new double[100];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    assertEquals(6, JensenShannon.bins(x, x));
  }

  @Test
  void testBins_zeroIqrFallsBackToSqrtCap() {
    double[] x = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1000};
    assertEquals(4, JensenShannon.bins(x, x));
  }

  @Test
  void testBins_cappedBySqrtOfSmallerSample() {
    // FD on the pooled sample alone would give about 10 bins; the 9-point sample caps it at ceil(sqrt 9) = 3.
    double[] wide = new double[1000];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = i;
    }
    double[] small = {0, 100, 200, 300, 400, 500, 600, 700, 800};
    assertEquals(3, JensenShannon.bins(wide, small));
  }

  @Test
  void testEstimate_disjointSamplesWithNoiseFloorByHand() {
    JsEstimate e = JensenShannon.estimate(new double[] {0, 0.1}, new double[] {0.9, 1.0});
    assertEquals(1.0, e.divergence(), 1e-12);
    assertEquals(2, e.bins());
    assertEquals(2, e.occupiedBins());
    assertEquals(1 / (8 * Math.log(2)), e.noiseFloor(), 1e-12);
  }

  @Test
  void testEstimate_identicalSamplesAreZero() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    assertEquals(0.0, JensenShannon.estimate(x, x.clone()).divergence(), 1e-15);
  }

  @Test
  void testEstimate_shiftedGaussiansAboveNoiseFloor() {
    SplittableRandom r = new SplittableRandom(11);
    double[] a = new double[4000];
    double[] b = new double[4000];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble() + r.nextDouble() + r.nextDouble();
      b[i] = r.nextDouble() + r.nextDouble() + r.nextDouble() + 0.5;
    }
    JsEstimate e = JensenShannon.estimate(a, b);
    assertTrue(e.divergence() > 10 * e.noiseFloor(), e.toString());
  }

  @Test
  void testEstimate_emptySampleRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> JensenShannon.estimate(new double[0], new double[] {1}));
    assertEquals("first sample", e.parameter());
  }
}
