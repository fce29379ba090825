package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link RegressionMetrics}. */
class RegressionMetricsTest {

  // dX/X = (0.01, -0.01, 0, 0.05); residuals (1, -2, 0, 20).
  private static final double[] TRUTH = {100, 200, 300, 400};
  private static final double[] PREDICTED = {99, 202, 300, 380};

  @Test
  void testOf_fourPointsByHand() {
    RegressionMetrics m = RegressionMetrics.of(TRUTH, PREDICTED);
    assertEquals(4, m.n());
    // SS_res = 405, SS_tot = 2 * 150^2 + 2 * 50^2 = 50000.
    assertEquals(1 - 405.0 / 50000, m.r2(), 1e-14);
    assertEquals(Math.sqrt(405.0 / 4), m.rmse(), 1e-12);
    assertEquals(1.75, m.mapePercent(), 1e-12);
    assertEquals(0.0125, m.relErrorMean(), 1e-15);
    // Deviations from the mean: -0.0025, -0.0225, -0.0125, 0.0375; squares sum to 2.075e-3.
    assertEquals(Math.sqrt(2.075e-3 / 3), m.relErrorSigma(), 1e-12);
  }

  @Test
  void testOf_quantilesAndFractionsByHand() {
    RegressionMetrics m = RegressionMetrics.of(TRUTH, PREDICTED);
    // Sorted dX/X (-0.01, 0, 0.01, 0.05): h = 0.075 and 2.925.
    assertEquals(-0.00925, m.relErrorLow95(), 1e-12);
    assertEquals(0.047, m.relErrorHigh95(), 1e-12);
    // Sorted |dX/X| (0, 0.01, 0.01, 0.05): h = 2.85.
    assertEquals(0.044, m.absRelErrorP95(), 1e-12);
    // Exactly 1 % and exactly 5 % count as within.
    assertEquals(0.75, m.within1pct(), 0);
    assertEquals(1.0, m.within5pct(), 0);
  }

  @Test
  void testR2_perfectFitIsOneAndMeanPredictorIsZero() {
    assertEquals(1.0, RegressionMetrics.of(TRUTH, TRUTH).r2(), 0);
    assertEquals(0.0, RegressionMetrics.of(TRUTH, new double[] {250, 250, 250, 250}).r2(), 1e-15);
  }

  @Test
  void testR2_linearFitOfKnownResidualsByHand() {
    // y = 2x for x = 1..5 predicted as 2x + e, e = (0.1, -0.1, 0.2, -0.2, 0): SS_res = 0.1, SS_tot = 40.
    double[] truth = {2, 4, 6, 8, 10};
    double[] predicted = {2.1, 3.9, 6.2, 7.8, 10};
    assertEquals(1 - 0.1 / 40, RegressionMetrics.of(truth, predicted).r2(), 1e-12);
  }

  @Test
  void testR2_undefinedForOnePointOrConstantTruth() {
    assertTrue(Double.isNaN(RegressionMetrics.of(new double[] {5}, new double[] {4}).r2()));
    assertTrue(Double.isNaN(RegressionMetrics.of(new double[] {5, 5}, new double[] {4, 6}).r2()));
  }

  @Test
  void testOf_differentLengthsRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> RegressionMetrics.of(TRUTH, new double[] {1, 2}));
    assertEquals("predicted values", e.parameter());
  }

  @Test
  void testOf_nanPredictionRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> RegressionMetrics.of(TRUTH, new double[] {1, Double.NaN, 3, 4}));
    assertEquals("predicted values[1]", e.parameter());
  }

  @Test
  void testOf_zeroTruthRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> RegressionMetrics.of(new double[] {1, 0}, new double[] {1, 1}));
    assertEquals("true values[1]", e.parameter());
  }

  @Test
  void testRegressionPoint_nanNamesField() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new RegressionPoint("40Ca", 342, Double.NaN, 3.48, 3.47));
    assertEquals("predictedBindingEnergy", e.parameter());
  }
}
