package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link PosteriorComparison}. */
class PosteriorComparisonTest {

  private static final List<String> NAMES = List.of("J0", "L0");

  @Test
  void testCompare_samePosteriorNearNoiseFloorAndPasses() {
    PosteriorSample a = gaussian("a", 20_000, 0, 1);
    PosteriorSample b = gaussian("b", 20_000, 0, 2);
    ComparisonResult r = PosteriorComparison.compare(a, b, 30, 0.1);
    assertTrue(r.passed(), r.report().toString());
    for (MarginalComparison m : r.marginals()) {
      // Independent draws: the ESS is the sample size and the floor is the estimator's expected bias.
      assertTrue(m.jsDivergence() < 3 * m.noiseFloor(), m.describe());
      assertTrue(m.noiseFloor() > 0 && m.noiseFloor() < 1e-3, m.describe());
    }
  }

  @Test
  void testCompare_shiftedMarginalFailsGateAndListsEveryParameter() {
    PosteriorSample a = gaussian("emulator", 5_000, 0, 3);
    PosteriorSample b = gaussian("solver", 5_000, 1.5, 4);
    ComparisonResult r = PosteriorComparison.compare(a, b, 30, 0.1);
    assertFalse(r.passed());
    assertEquals(2, r.report().size());
    // Two unit Gaussians 1.5 sd apart (L0 only; J0 is not shifted): JS about 0.2 bits.
    assertTrue(r.marginals().get(1).jsDivergence() > 0.15 && !r.marginals().get(1).passed(), r.report().toString());
    assertTrue(r.marginals().get(0).passed(), r.report().toString());
    assertTrue(r.report().get(1).startsWith("L0: JS ") && r.report().get(1).endsWith("FAILED"), r.report().get(1));
  }

  @Test
  void testCompare_widthRatioAndMedianShiftOfAWiderMovedPosterior() {
    // a = b's draws stretched by 1.5 about b's median and moved by 0.4 of b's sd 8 (L0): exactly 1.5 and
    // 0.4 x 8 / (half of b's 68% width), with the half width about 8 (the 16-84% width of a Gaussian is 2 sd,
    // to 2% for 40,000 draws).
    PosteriorSample b = gaussian("plain", 40_000, 0, 8);
    double[] sorted = b.column(1).clone();
    java.util.Arrays.sort(sorted);
    double median = PosteriorSummary.quantile(sorted, 0.5);
    double[][] stretched = new double[b.points().length][];
    for (int i = 0; i < stretched.length; i++) {
      stretched[i] = new double[] {b.points()[i][0], median + 3.2 + 1.5 * (b.points()[i][1] - median)};
    }
    PosteriorSample a = new PosteriorSample("with uncertainty", NAMES, stretched, b.ess());
    ComparisonResult r = PosteriorComparison.compare(a, b, 30, 0.1);
    MarginalComparison j0 = r.marginals().get(0);
    MarginalComparison l0 = r.marginals().get(1);
    assertEquals(1.0, j0.widthRatio(), 0.0);
    assertEquals(0.0, j0.medianShift(), 0.0);
    assertEquals(1.5, l0.widthRatio(), 1e-12);
    double halfWidth = (PosteriorSummary.quantile(sorted, 0.84) - PosteriorSummary.quantile(sorted, 0.16)) / 2;
    assertEquals(8.0, halfWidth, 0.16);
    assertEquals(3.2 / halfWidth, l0.medianShift(), 1e-9);
    assertTrue(l0.describe().contains("68% width x1.50, median +0.40"), l0.describe());
  }

  @Test
  void testCompare_noiseFloorUsesEffectiveSampleSize() {
    PosteriorSample a = gaussian("a", 10_000, 0, 5);
    PosteriorSample correlated = new PosteriorSample("c", NAMES, a.points(), new double[] {500, 500});
    double iid = PosteriorComparison.compare(a, a, 30, 0.1).marginals().get(0).noiseFloor();
    double fewer = PosteriorComparison.compare(correlated, correlated, 30, 0.1).marginals().get(0).noiseFloor();
    assertEquals(20.0, fewer / iid, 1e-9);
  }

  @Test
  void testWrite_jsonAndOverlaidCorner(@TempDir Path dir) throws Exception {
    PosteriorSample a = gaussian("emulator", 4_000, 0, 6);
    PosteriorSample b = gaussian("solver", 4_000, 0.2, 7);
    ComparisonResult r = PosteriorComparison.compare(a, b, 30, 0.1);
    PosteriorComparison.write(r, a, b, dir);
    JsonNode json = new ObjectMapper().readTree(dir.resolve(PosteriorComparison.JSON).toFile());
    assertEquals(r.marginals().get(1).jsDivergence(), json.at("/parameters/L0/js_divergence_bits").asDouble(), 0.0);
    assertEquals(0.1, json.at("/parameters/J0/required_max").asDouble(), 0.0);
    assertEquals(r.marginals().get(1).widthRatio(), json.at("/parameters/L0/width_ratio_68").asDouble(), 0.0);
    assertEquals(r.marginals().get(1).medianShift(), json.at("/parameters/L0/median_shift_half_widths").asDouble(), 0.0);
    PosteriorRunTest.assertPng(dir.resolve(PosteriorComparison.CORNER));
  }

  @Test
  void testCompare_rejectsDifferentParameters() {
    PosteriorSample a = gaussian("a", 10, 0, 1);
    PosteriorSample b = new PosteriorSample("b", List.of("J0", "K0"), a.points(), a.ess());
    assertThrows(InvalidParameterException.class, () -> PosteriorComparison.compare(a, b, 30, 0.1));
  }

  /** Independent draws: J0 ~ N(30, 2^2), L0 ~ N(60 + 8 shift, 8^2), with ESS = n. */
  private static PosteriorSample gaussian(String label, int n, double shift, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {30 + 2 * normal(r), 60 + 8 * shift + 8 * normal(r)};
    }
    return new PosteriorSample(label, NAMES, x, new double[] {n, n});
  }

  private static double normal(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
