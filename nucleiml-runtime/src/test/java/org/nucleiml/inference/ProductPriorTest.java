package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.NuclearMatterParameters;

/** Tests for {@link ProductPrior}, {@link UniformPrior} and {@link GaussianPrior}. */
class ProductPriorTest {

  @Test
  void testStudyBox_table1Bounds() {
    ProductPrior box = ProductPrior.studyBox();
    assertEquals(NuclearMatterParameters.NAMES, box.names());
    assertEquals(List.of(150.0, 300.0), List.of(box.range(2)[0], box.range(2)[1]));
    assertEquals(-1500, box.range(3)[0]);
    double volume = 0.03 * 1.0 * 150 * 1900 * 0.3 * 20 * 80;
    assertEquals(-Math.log(volume), box.logDensity(new double[] {0.15, -16, 200, 0, 0.6, 30, 50}), 1e-9);
    assertEquals(Double.NEGATIVE_INFINITY, box.logDensity(new double[] {0.15, -16, 200, 0, 0.6, 30, 101}));
  }

  @Test
  void testSample_insideBoxWithUniformMoments() {
    ProductPrior box = ProductPrior.studyBox();
    SplittableRandom r = new SplittableRandom(1);
    int n = 40_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double[] x = box.sample(r);
      assertTrue(box.logDensity(x) > Double.NEGATIVE_INFINITY);
      sum += x[6];
    }
    // L0 uniform on [20, 100]: mean 60, sd 80/sqrt(12) = 23.1.
    assertEquals(60, sum / n, 5 * 23.1 / Math.sqrt(n));
  }

  @Test
  void testGaussianPrior_truncatedNormalisationAndSampling() {
    GaussianPrior half = new GaussianPrior(0, 1, 0, Double.POSITIVE_INFINITY);
    // Half-normal: density 2 phi(x), mean sqrt(2/pi).
    assertEquals(Math.log(2 / Math.sqrt(2 * Math.PI)), half.logDensity(0), 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, half.logDensity(-0.1));
    SplittableRandom r = new SplittableRandom(2);
    double sum = 0;
    for (int i = 0; i < 40_000; i++) {
      double x = half.sample(r);
      assertTrue(x >= 0);
      sum += x;
    }
    double sd = Math.sqrt(1 - 2 / Math.PI);
    assertEquals(Math.sqrt(2 / Math.PI), sum / 40_000, 5 * sd / Math.sqrt(40_000));
  }

  @Test
  void testWith_gaussianComponentOnL0() {
    ProductPrior p = ProductPrior.studyBox().with("L0", new GaussianPrior(50, 10, 20, 100));
    assertTrue(p.components().get(6) instanceof GaussianPrior);
    assertEquals(p.logDensity(new double[] {0.15, -16, 200, 0, 0.6, 30, 50}) - Math.log(Math.exp(0.5)),
        p.logDensity(new double[] {0.15, -16, 200, 0, 0.6, 30, 60}), 1e-12);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> ProductPrior.studyBox().with("L", new UniformPrior(0, 1)));
    assertEquals("prior parameter", e.parameter());
  }

  @Test
  void testConstructor_rejectsBadBounds() {
    assertEquals("hi", assertThrows(InvalidParameterException.class, () -> new UniformPrior(1, 1)).parameter());
    assertEquals("sd", assertThrows(InvalidParameterException.class, () -> new GaussianPrior(0, 0)).parameter());
    assertEquals("mean", assertThrows(InvalidParameterException.class,
        () -> new GaussianPrior(0, 1, 100, 200)).parameter());
  }
}
