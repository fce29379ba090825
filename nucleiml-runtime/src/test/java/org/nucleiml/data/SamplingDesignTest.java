package org.nucleiml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link SamplingDesign} and its unit-cube designs. */
class SamplingDesignTest {

  @Test
  void testLatinHypercube_eachStratumUsedOnce() {
    int n = 200;
    UnitCubeDesign d = SamplingDesign.LATIN_HYPERCUBE.points(7L, n, 7);
    for (int dim = 0; dim < 7; dim++) {
      boolean[] used = new boolean[n];
      for (int i = 0; i < n; i++) {
        int stratum = (int) Math.floor(d.point(i)[dim] * n);
        assertTrue(!used[stratum], "stratum " + stratum + " of dimension " + dim + " used twice");
        used[stratum] = true;
      }
    }
  }

  @Test
  void testPoint_independentOfCallOrder() {
    for (SamplingDesign design : SamplingDesign.values()) {
      UnitCubeDesign a = design.points(3L, 100, 7);
      UnitCubeDesign b = design.points(3L, 100, 7);
      double[] late = a.point(57);
      for (int i = 0; i < 57; i++) {
        b.point(i);
      }
      assertArrayEquals(late, b.point(57), design.id());
    }
  }

  @Test
  void testSobol_meanOfFirstPointsIsCentred() {
    // A low-discrepancy set of 1024 points has a coordinate mean within ~1/1024 of 1/2 (a random
    // set would be off by ~0.009); the random shift mod 1 keeps this property.
    UnitCubeDesign d = SamplingDesign.SOBOL.points(11L, 1024, 7);
    double[] mean = new double[7];
    for (int i = 0; i < 1024; i++) {
      double[] u = d.point(i);
      for (int k = 0; k < 7; k++) {
        mean[k] += u[k] / 1024;
      }
    }
    for (double m : mean) {
      assertEquals(0.5, m, 2e-3);
    }
  }

  @Test
  void testParse_unknownDesignNamesChoices() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> SamplingDesign.parse("grid"));
    assertEquals("design: found grid, expected one of uniform, latin-hypercube, sobol", e.getMessage());
    assertEquals(SamplingDesign.LATIN_HYPERCUBE, SamplingDesign.parse("latin-hypercube"));
  }

  @Test
  void testParameterBox_minAboveMaxIsRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> ParameterBox.STUDY.with("K0", 300, 150));
    assertEquals("K0: found min 300.0 >= max 150.0, expected min < max", e.getMessage());
  }
}
