package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.data.SampleColumns;

/** Tests for {@link TargetScaler}: the per-nucleus affine map and its smooth fit for unseen nuclei. */
class TargetScalerTest {

  private static final List<String> TARGETS = List.of(SampleColumns.BINDING_ENERGY, SampleColumns.CHARGE_RADIUS);
  /** Trained (Z, N): 16O, 40Ca, 48Ca, 90Zr, 132Sn, 208Pb. */
  private static final int[][] TRAINED = {{8, 8}, {20, 20}, {20, 28}, {40, 50}, {50, 82}, {82, 126}};

  /** A liquid-drop binding energy, MeV. */
  private static double be(int z, int n) {
    double a = z + n;
    return 15.5 * a - 17.0 * Math.pow(a, 2.0 / 3) - 0.7 * z * z / Math.cbrt(a) - 23.0 * (n - z) * (n - z) / a;
  }

  /** A charge radius with an isospin term, fm: smaller at equal A when neutron-rich. */
  private static double rch(int z, int n) {
    double a = z + n;
    return 0.9 * Math.cbrt(a) + 0.5 + 0.3 / Math.cbrt(a) - 0.4 * (n - z) / a;
  }

  /** Two rows per trained nucleus, mean +- 1% of each law, so the nucleus means are the laws exactly. */
  private static TargetScaler fitted() {
    int rows = 2 * TRAINED.length;
    double[] values = new double[2 * rows];
    int[] z = new int[rows];
    int[] n = new int[rows];
    for (int i = 0; i < TRAINED.length; i++) {
      for (int s = 0; s < 2; s++) {
        int r = 2 * i + s;
        z[r] = TRAINED[i][0];
        n[r] = TRAINED[i][1];
        double sign = s == 0 ? 1 : -1;
        values[2 * r] = be(z[r], n[r]) * (1 + 0.01 * sign);
        values[2 * r + 1] = rch(z[r], n[r]) * (1 + 0.01 * sign);
      }
    }
    return TargetScaler.fit(TargetScaling.PER_NUCLEUS, TARGETS, values, z, n, rows);
  }

  @Test
  void testAffine_trainedNucleusIsItsOwnMeanAndDeviation() {
    double[] out = new double[2];
    fitted().affine(1, 20, 28, out);
    assertEquals(rch(20, 28), out[0], 1e-12);
    assertEquals(0.01 * rch(20, 28), out[1], 1e-12);
  }

  @Test
  void testAffine_unseenNucleiFollowTheSmoothLawsIncludingTheRadiusIsospinTerm() {
    TargetScaler scaler = fitted();
    double[] out = new double[2];
    // 30Ne, 56Ni, 100Sn, 144Sm: neither trained nor on a line through the trained nuclei
    for (int[] zn : new int[][] {{10, 20}, {28, 28}, {50, 50}, {62, 82}}) {
      scaler.affine(0, zn[0], zn[1], out);
      assertEquals(be(zn[0], zn[1]), out[0], 1e-9 * be(zn[0], zn[1]), "BE offset of " + zn[0] + "," + zn[1]);
      // the relative deviation of every trained nucleus is 1%, so the unseen scale is 1% of the offset
      assertEquals(0.01 * out[0], out[1], 1e-9 * out[0]);
      scaler.affine(1, zn[0], zn[1], out);
      assertEquals(rch(zn[0], zn[1]), out[0], 1e-9, "Rch offset of " + zn[0] + "," + zn[1]);
    }
    assertEquals(4, scaler.meanFit().get(1).size());
  }

  @Test
  void testAffine_aThreeCoefficientRadiusFitFromAnOlderArtifactKeepsTheOldBasis() {
    TargetScaler fitted = fitted();
    List<Double> old = List.of(0.95, -0.6, 2.1);
    TargetScaler older = new TargetScaler(fitted.kind(), fitted.targets(), fitted.globalMeans(), fitted.globalStds(),
        fitted.nuclei(), List.of(fitted.meanFit().get(0), old), fitted.relativeStd());
    double[] out = new double[2];
    older.affine(1, 28, 28, out);
    double c = Math.cbrt(56);
    assertEquals(0.95 * c - 0.6 + 2.1 / c, out[0], 1e-12);
  }

  @Test
  void testJson_olderArtifactsReferenceKeyIsReadAndNewArtifactsWriteMeanFit() throws Exception {
    TargetScaler fitted = fitted();
    String json = EmulatorArtifact.JSON.writeValueAsString(fitted);
    assertTrue(json.contains("\"meanFit\"") && !json.contains("\"reference\""), json);
    assertEquals(fitted, EmulatorArtifact.JSON.readValue(json, TargetScaler.class));
    String older = json.replace("\"meanFit\"", "\"reference\"");
    assertEquals(fitted, EmulatorArtifact.JSON.readValue(older, TargetScaler.class));
  }
}
