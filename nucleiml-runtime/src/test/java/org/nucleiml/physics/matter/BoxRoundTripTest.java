package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The inverse map over the study's NMP box: forward(inverse(p)) = p wherever couplings exist, and
 * the shares of each outcome agree with the reference prototype's 20,000-point census.
 */
class BoxRoundTripTest {

  private static final long SEED = 20250403L;

  /** Reference shares of the spec (Section 7, 20,000 points), in NoCouplingsReason order; null = valid. */
  private static final Map<NoCouplingsReason, Double> REFERENCE = new EnumMap<>(Map.of(
      NoCouplingsReason.Q0_TOO_HIGH, 0.301, NoCouplingsReason.Q0_TOO_LOW, 0.135,
      NoCouplingsReason.GR2_NONPOSITIVE, 0.127, NoCouplingsReason.GS2_NONPOSITIVE, 0.004,
      NoCouplingsReason.JPOT_NONPOSITIVE, 0.002));
  private static final double REFERENCE_VALID = 0.432;
  private static final int REFERENCE_POINTS = 20_000;

  @Test
  void testInvert_forwardReproducesEveryValidBoxPoint() {
    int valid = 0;
    double worst = 0;
    for (int i = 0; i < 500; i++) {
      NuclearMatterParameters p = NmpBox.point(SEED, i);
      InversionOutcome out = CouplingInverter.invert(p, ModelConstants.STUDY);
      if (!out.hasCouplings()) {
        continue;
      }
      valid++;
      double[] want = p.toArray();
      double[] got = SaturationSolver.solve(out.couplings(), ModelConstants.STUDY).toArray();
      for (int k = 0; k < want.length; k++) {
        // Q0 and L0 can sit near zero: relative to max(|x|, 1 MeV).
        double scale = Math.max(Math.abs(want[k]), 1);
        worst = Math.max(worst, Math.abs(got[k] - want[k]) / scale);
        assertEquals(want[k], got[k], 1e-6 * scale,
            "point " + i + " " + NuclearMatterParameters.NAMES.get(k));
      }
    }
    System.out.printf("box round trip: %d of 500 valid, max relative NMP error %.2e%n", valid, worst);
    assertTrue(valid > 150, "valid points " + valid);
  }

  @Test
  void testInvert_outcomeSharesMatchReferenceCensus() {
    int n = 2000;
    Map<NoCouplingsReason, Integer> counts = new EnumMap<>(NoCouplingsReason.class);
    int valid = 0;
    for (int i = 0; i < n; i++) {
      InversionOutcome out = CouplingInverter.invert(NmpBox.point(SEED + 1, i), ModelConstants.STUDY);
      if (out.hasCouplings()) {
        valid++;
      } else {
        counts.merge(out.reason(), 1, Integer::sum);
      }
    }
    System.out.println("2000-point census: valid " + valid + ", " + counts);
    assertShare("valid", REFERENCE_VALID, valid, n);
    for (NoCouplingsReason reason : NoCouplingsReason.values()) {
      assertShare(reason.name(), REFERENCE.getOrDefault(reason, 0.0),
          counts.getOrDefault(reason, 0), n);
    }
  }

  /**
   * Both shares are binomial estimates: the difference has variance p (1 - p) (1/n + 1/N). Four
   * standard deviations (plus one count, for shares near zero) keep a correct map from failing by
   * noise (two-sided p ~ 6e-5 per share) while a misclassified reason moving a few percent is caught.
   */
  private static void assertShare(String what, double reference, int count, int n) {
    double sigma = Math.sqrt(reference * (1 - reference) * (1.0 / n + 1.0 / REFERENCE_POINTS));
    double tolerance = 4 * sigma + 1.0 / n;
    assertEquals(reference, (double) count / n, tolerance, what);
  }
}
