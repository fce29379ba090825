package org.nucleiml.masses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden feature vectors of section 2.5 of the mass-model spec (computed there independently
 * with numpy from the same formulas), for all four columns and six nuclei. The spec prints six
 * significant figures, so each value is compared with a relative tolerance of 5e-6 (and an absolute
 * 1e-9 for exact zeros); integers compare exactly.
 */
class ChartFeaturesTest {

  private static final Deformations DEF = new Deformations(BundledTables.WS4, DeformationForm.SUM);

  // nucleus -> {Z, N, huang I, huang III, mumpower, yang X1 + X2}
  private static final Map<String, double[][]> GOLDEN = Map.of(
      "56Fe", new double[][] {{26, 30},
          {26, 56, 14.6372, 156.560, 0.285714, 0.0714286, 0.261379, 6, 2, 1, 0, 0.133631},
          {26, 56, 14.6372, 161.391, 0.285714, 0.0714286, 0.261379, 6, 2, 1.92857, -0.0010905},
          {26, 30, 56, 0, 0, 2, 2, 0.0714286},
          {26, 30, 6, 2, 2, 20, 1, 2, 1, 0, 0, 1}},
      "132Sn", new double[][] {{50, 82},
          {50, 132, 25.9248, 454.823, 7.75758, 0.242424, 0.196400, 22, 32, 1, 0, 0.0870388},
          {50, 132, 25.9248, 463.506, 7.75758, 0.242424, 0.196400, 22, 32, 1.75758, -2.29479e-6},
          {50, 82, 132, 0, 0, 0, 0, 0.242424},
          {50, 82, 0, 0, 32, 44, 3, 4, 0, 0, 0, 1}},
      "133Cs", new double[][] {{55, 78},
          {55, 133, 26.0556, 551.642, 3.97744, 0.172932, 0.195907, 5, 28, 0, 0, 0.0867110},
          {55, 133, 26.0556, 561.476, 3.97744, 0.172932, 0.195907, 5, 28, 0.827068, -0.000704914},
          {55, 78, 133, 1, 0, 5, 4, 0.172932},
          {55, 78, 5, 28, 27, 4, 3, 3, 2.22222, 1, 0, 0}},
      "208Pb", new double[][] {{82, 126},
          {82, 208, 35.1055, 1074.73, 9.30769, 0.211538, 0.168777, 32, 44, 1, 0, 0.0693375},
          {82, 208, 35.1055, 1089.16, 9.30769, 0.211538, 0.168777, 32, 44, 1.78846, -1.12258e-6},
          {82, 126, 208, 0, 0, 0, 0, 0.211538},
          {82, 126, 0, 0, 44, 58, 4, 5, 0, 0, 0, 1}},
      "210Bi", new double[][] {{83, 127},
          {83, 210, 35.3302, 1098.09, 9.21905, 0.209524, 0.168239, 1, 1, 0, 1, 0.0690066},
          {83, 210, 35.3302, 1112.71, 9.21905, 0.209524, 0.168239, 1, 1, 0.209524, -1.84789e-5},
          {83, 127, 210, 1, 1, 1, 1, 0.209524},
          {83, 127, 1, 1, 43, 57, 4, 5, 0.5, 1, 1, -1}},
      "238U", new double[][] {{92, 146},
          {92, 238, 38.4047, 1298.77, 12.2521, 0.226891, 0.161364, 10, 20, 1, 0, 0.0648204},
          {92, 238, 38.4047, 1314.85, 12.2521, 0.226891, 0.161364, 10, 20, 1.77311, -0.0016872},
          {92, 146, 238, 0, 0, 10, 20, 0.226891},
          {92, 146, 10, 20, 34, 38, 4, 5, 6.66667, 0, 0, 1}});

  @Test
  void huangMethodI() {
    check(ChartFeatures.HUANG_I, 1);
  }

  @Test
  void huangMethodIII() {
    check(ChartFeatures.HUANG_III, 2);
  }

  @Test
  void mumpower() {
    check(ChartFeatures.MUMPOWER, 3);
  }

  @Test
  void yangX1AndX2() {
    check(ChartFeatures.YANG_X, 4);
  }

  @Test
  void huangMethodIIIsMethodIWithoutTheSquareRootPlusTheWsStarDeformationCoefficients() {
    // Spec 2.5: 208Pb g1 A^(1/3) = 0.0530287, g2 A^(-1/3) = -0.0781773 (WS* g's).
    double[] two = ChartFeatures.HUANG_II.compute(82, 126, null);
    double[] one = ChartFeatures.HUANG_I.compute(82, 126, null);
    assertEquals(13, two.length);
    for (int i = 0; i < 11; i++) {
      assertEquals(one[i], two[i], 0, ChartFeatures.HUANG_II.columns().get(i));
    }
    assertEquals(0.0530287, two[11], 5e-6 * 0.0530287);
    assertEquals(-0.0781773, two[12], 5e-6 * 0.0781773);
  }

  @Test
  void widthsMatchTheColumnNames() {
    assertEquals(12, ChartFeatures.HUANG_I.columns().size());
    assertEquals(13, ChartFeatures.HUANG_II.columns().size());
    assertEquals(11, ChartFeatures.HUANG_III.columns().size());
    assertEquals(8, ChartFeatures.MUMPOWER.columns().size());
    assertEquals(12, ChartFeatures.YANG_X.columns().size());
  }

  @Test
  void defFormsDifferAsDefined() {
    // 238U, WS4 beta = (0.2155, 0.0673, -0.0028): the product form is ~0, the sum is -0.0016872.
    Ws4Entry u = BundledTables.WS4.entry(92, 146).orElseThrow();
    assertEquals(0.2155, u.beta2(), 0);
    assertEquals(0.0673, u.beta4(), 0);
    assertEquals(-0.0028, u.beta6(), 0);
    double sum = new Deformations(BundledTables.WS4, DeformationForm.SUM).def(92, 146);
    double product = new Deformations(BundledTables.WS4, DeformationForm.PRODUCT_MINUS_ONE).def(92, 146);
    double literal = new Deformations(BundledTables.WS4, DeformationForm.LITERAL_PRODUCT).def(92, 146);
    assertEquals(sum, product, 1e-5);
    assertEquals(0, literal, 1e-11);
  }

  private static void check(ChartFeatures set, int column) {
    GOLDEN.forEach((name, rows) -> {
      double[] got = set.compute((int) rows[0][0], (int) rows[0][1], DEF);
      double[] want = rows[column];
      assertEquals(want.length, got.length, name + " " + set.id() + " width");
      for (int i = 0; i < want.length; i++) {
        double tol = Math.max(1e-9, 5e-6 * Math.abs(want[i]));
        assertEquals(want[i], got[i], tol, name + " " + set.id() + ":" + set.columns().get(i));
      }
    });
  }
}
