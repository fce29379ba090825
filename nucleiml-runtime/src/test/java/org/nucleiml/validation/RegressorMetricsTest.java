package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;

/** Tests for {@link RegressorMetrics} and {@link DistributionAgreement}. */
class RegressorMetricsTest {

  private static List<RegressionPoint> handPoints() {
    return List.of(
        new RegressionPoint("pb208", 1600, 1600, 5.4, 5.4),
        new RegressionPoint("40Ca", 340, 343.4, 3.4, 3.4),
        new RegressionPoint("Ca-40", 350, 346.5, 3.5, 3.465),
        new RegressionPoint("208Pb", 1650, 1650, 5.5, 5.5));
  }

  @Test
  void testOf_nucleiNormalisedAndOrderedByMass() {
    RegressorMetrics m = RegressorMetrics.of(handPoints());
    assertEquals(List.of("40Ca", "208Pb"), m.nuclei());
    assertEquals(2, m.get(Observable.BINDING_ENERGY).perNucleus().get("40Ca").n());
  }

  @Test
  void testOf_perNucleusMetricsByHand() {
    RegressorMetrics m = RegressorMetrics.of(handPoints());
    // 40Ca BE: dX/X = -0.01 and +0.01; residuals -3.4, 3.5 about mean 345 with SS_tot = 50.
    RegressionMetrics ca = m.get(Observable.BINDING_ENERGY).perNucleus().get("40Ca");
    assertEquals(1.0, ca.mapePercent(), 1e-12);
    assertEquals(1 - (3.4 * 3.4 + 3.5 * 3.5) / 50, ca.r2(), 1e-12);
    assertEquals(1.0, m.get(Observable.BINDING_ENERGY).perNucleus().get("208Pb").r2(), 0);
    // Rch of 40Ca: one exact, one exactly 1 % low; the bound is inclusive, so both are within 1 %.
    assertEquals(1.0, m.get(Observable.CHARGE_RADIUS).perNucleus().get("40Ca").within1pct(), 0);
  }

  @Test
  void testOf_globalR2IsMeanOverObservables() {
    RegressorMetrics m = RegressorMetrics.of(handPoints());
    double expected = (m.get(Observable.BINDING_ENERGY).pooled().r2() + m.get(Observable.CHARGE_RADIUS).pooled().r2()) / 2;
    assertEquals(expected, m.r2(), 1e-15);
  }

  @Test
  void testDistributions_worstNucleusIsTheBiasedOne() {
    List<RegressionPoint> points = new java.util.ArrayList<>(ValidationFixtures.regression(5, 400, 0.002, 0.002));
    // Shift every 16O prediction by 5 %: its distribution no longer matches the solver's.
    points.replaceAll(p -> p.nucleus().equals("16O") ? new RegressionPoint(p.nucleus(), p.trueBindingEnergy(),
        p.predictedBindingEnergy() * 1.05, p.trueChargeRadius(), p.predictedChargeRadius()) : p);
    DistributionAgreement d = RegressorMetrics.of(points).get(Observable.BINDING_ENERGY).distributions();
    assertEquals("16O", d.worstNucleus());
    assertTrue(d.worst().divergence() > 10 * d.worst().noiseFloor(), d.worst().toString());
    assertTrue(d.perNucleus().get("40Ca").divergence() < 3 * d.perNucleus().get("40Ca").noiseFloor());
  }

  @Test
  void testOf_noPointsRejected() {
    assertThrows(InvalidParameterException.class, () -> RegressorMetrics.of(List.of()));
  }

  @Test
  void testRegressionPoint_unknownNucleusRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new RegressionPoint("40Xx", 1, 1, 1, 1));
    assertEquals("nucleus", e.parameter());
  }
}
