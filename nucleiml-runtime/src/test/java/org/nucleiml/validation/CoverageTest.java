package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;

/** Tests of the coverage of the emulator's intervals and its gates. */
class CoverageTest {

  @Test
  void testCoverage_countsPointsInsideZSigmaByHand() {
    double[] truth = {100, 100, 100, 100, 100};
    double[] predicted = {100.5, 101.5, 98.5, 103, 100};
    double[] sigma = {1, 1, 1, 1, 0};
    // |t - p| / sigma = 0.5, 1.5, 1.5, 3, 0 (sigma 0 and exact: inside, 0 <= 0):
    // inside +-0.9945 sigma: 0.5 and the exact one -> 2/5; inside +-1.96 sigma: all but 3 -> 4/5
    RegressionMetrics m = RegressionMetrics.of(truth, predicted, sigma);
    assertEquals(0.4, m.coverage68());
    assertEquals(0.8, m.coverage95());
    assertTrue(Double.isNaN(RegressionMetrics.of(truth, predicted).coverage95()));
  }

  @Test
  void testZValues_areTheNormalQuantiles() {
    // Phi^-1(0.84) and Phi^-1(0.975) from the published tables (Abramowitz & Stegun 26.2): 0.99446, 1.95996
    assertEquals(0.99446, RegressionMetrics.Z68, 1e-5);
    assertEquals(1.95996, RegressionMetrics.Z95, 1e-5);
  }

  @Test
  void testGates_coverageWindowPassesAndFailsNamingGateRequiredActual() {
    SampleMetrics sample = SampleMetrics.of(new SampleInput("independent", null, withSigma(1.0)));
    double actual = sample.regressor().get(Observable.BINDING_ENERGY).perNucleus().get("16O").coverage95();
    GateReport pass = Gates.parse(List.of("minCoverage95[@*]=0.5", "maxCoverage95[@*]=1")).evaluate(sample);
    assertTrue(pass.passed(), pass.message());
    GateReport fail = Gates.parse(List.of("maxCoverage95[binding_energy@16O]=0.2")).evaluate(sample);
    assertFalse(fail.passed());
    assertTrue(fail.message().contains("maxCoverage95[binding_energy@16O] required <= 0.2, actual "), fail.message());
    assertEquals(actual, fail.failures().get(0).actual());
  }

  @Test
  void testGates_coverageWithoutUncertaintyIsAConfigurationError() {
    SampleMetrics sample = SampleMetrics.of(new SampleInput("independent", null,
        ValidationFixtures.regression(3, 50, 0.003, 0.002)));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gates.parse(List.of("minCoverage95=0.93")).evaluate(sample));
    assertTrue(e.getMessage().contains("minCoverage95") && e.getMessage().contains("ensembleSize >= 2"),
        e.getMessage());
  }

  /** The fixture's points with sigma = factor x the true error scale (0.003 BE, 0.002 Rch relative). */
  private static List<RegressionPoint> withSigma(double factor) {
    List<RegressionPoint> points = new ArrayList<>();
    for (RegressionPoint p : ValidationFixtures.regression(4, 200, 0.003, 0.002)) {
      points.add(new RegressionPoint(p.nucleus(), p.trueBindingEnergy(), p.predictedBindingEnergy(),
          p.trueChargeRadius(), p.predictedChargeRadius(), factor * 0.003 * p.trueBindingEnergy(),
          factor * 0.002 * p.trueChargeRadius()));
    }
    return points;
  }
}
