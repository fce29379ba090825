package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;

/** Tests for {@link Gates} evaluation and {@link GateReport}. */
class GatesTest {

  private static final SampleMetrics SAMPLE = SampleMetrics.of(new SampleInput("test split",
      ValidationFixtures.classifier(1, 2000, 0.95), ValidationFixtures.regression(2, 300, 0.003, 0.002)));

  private static double r2(Observable o, String nucleus) {
    return SAMPLE.regressor().get(o).perNucleus().get(nucleus).r2();
  }

  @Test
  void testEvaluate_metGatesPass() {
    GateReport report = Gates.parse(List.of("minAccuracy=0.9", "minR2=0.9", "maxJsDivergence=0.5",
        "minWithin5pct=0.95", "maxAbsRelErrorP95=0.02", "maxMapePercent=1")).evaluate(SAMPLE);
    assertTrue(report.passed(), report.message());
    // minAccuracy once; the five regressor gates once per observable.
    assertEquals(11, report.checked());
    assertTrue(report.message().startsWith("All 11 validation gates passed"), report.message());
  }

  @Test
  void testEvaluate_unattainableGateFailsNamingRequiredAndActual() {
    GateReport report = Gates.parse(List.of("minAccuracy=0.99", "minR2[charge_radius@40Ca]=1")).evaluate(SAMPLE);
    assertFalse(report.passed());
    assertEquals(2, report.failures().size());
    double accuracy = SAMPLE.classifier().binary().accuracy();
    String message = report.message();
    assertTrue(message.contains("minAccuracy required >= 0.99, actual " + Format.sig(accuracy, 6)), message);
    assertTrue(message.contains("minR2[charge_radius@40Ca] required >= 1, actual "
        + Format.sig(r2(Observable.CHARGE_RADIUS, "40Ca"), 6)), message);
    assertTrue(message.contains("2 of 2 validation gates failed on sample 'test split'"), message);
  }

  @Test
  void testEvaluate_nucleusSpecificOverridesEveryNucleus() {
    // Every nucleus must have R^2 >= 0.9999 (fails everywhere), but 40Ca charge radius only >= 0.5.
    GateReport report = Gates.parse(List.of("minR2[@*]=0.9999", "minR2[charge_radius@40Ca]=0.5")).evaluate(SAMPLE);
    GateResult overridden = report.results().stream()
        .filter(r -> r.gate().nucleus().equals("*") && "40Ca".equals(r.nucleus())
            && r.observable() == Observable.CHARGE_RADIUS).findFirst().orElseThrow();
    assertFalse(overridden.counts());
    assertEquals("minR2[charge_radius@40Ca]", overridden.overriddenBy().target());
    assertTrue(report.failures().stream().noneMatch(r -> r.target().equals("minR2[charge_radius@40Ca]")));
    // The other five (observable, nucleus) pairs still fail against the global per-nucleus gate.
    assertEquals(5, report.failures().size(), report.message());
  }

  @Test
  void testEvaluate_nucleusBeatsObservableAndObservableBeatsAll() {
    Gates gates = Gates.parse(List.of("minR2[binding_energy@*]=0.9999", "minR2[@16O]=0.1", "minR2=1",
        "minR2[charge_radius]=0.1"));
    GateReport report = gates.evaluate(SAMPLE);
    List<String> failed = report.failures().stream().map(GateResult::target).toList();
    // 16O binding energy is judged by [@16O] (nucleus beats observable); pooled Rch by [charge_radius].
    assertEquals(List.of("minR2[binding_energy@40Ca]", "minR2[binding_energy@208Pb]", "minR2[binding_energy]"),
        failed);
  }

  @Test
  void testEvaluate_pooledJsGateJudgesWorstNucleus() {
    double worst = SAMPLE.regressor().get(Observable.BINDING_ENERGY).distributions().worst().divergence();
    GateReport report = Gates.parse(List.of("maxJsDivergence[binding_energy]=" + worst / 2)).evaluate(SAMPLE);
    assertEquals(worst, report.results().get(0).actual(), 0);
    assertTrue(report.message().contains("worst nucleus"), report.message());
  }

  @Test
  void testEvaluate_unknownNucleusListsSampleNuclei() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gates.parse(List.of("minR2[@48Ca]=0.9")).evaluate(SAMPLE));
    assertTrue(e.getMessage().contains("[16O, 40Ca, 208Pb]"), e.getMessage());
  }

  @Test
  void testEvaluate_classifierGateWithoutClassifierResultsRejected() {
    SampleMetrics regressionOnly = SampleMetrics.of(new SampleInput("regression only", null,
        ValidationFixtures.regression(3, 10, 0.01, 0.01)));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gates.parse(List.of("minAccuracy=0.9")).evaluate(regressionOnly));
    assertTrue(e.getMessage().contains("without classifier results"), e.getMessage());
  }

  @Test
  void testConstructor_sameTargetTwiceRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gates.parse(List.of("minR2[@40Ca]=0.9", "minR2[@Ca40]=0.8")));
    assertEquals("gate minR2[@40Ca]", e.parameter());
  }

  @Test
  void testFromMap_targetsAsKeys() {
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("minAccuracy", "0.9");
    pom.put("minR2[charge_radius@40Ca]", "0.98");
    Gates gates = Gates.fromMap(pom);
    assertEquals(List.of("minAccuracy=0.9", "minR2[charge_radius@40Ca]=0.98"),
        gates.gates().stream().map(Gate::spec).toList());
  }

  @Test
  void testEvaluate_fourClassAccuracyReadFromFourClassMetrics() {
    double fourClass = SAMPLE.classifier().fourClass().accuracy();
    GateReport report = Gates.parse(List.of("minFourClassAccuracy=" + fourClass)).evaluate(SAMPLE);
    assertTrue(report.passed(), report.message());
    assertEquals(fourClass, report.results().get(0).actual(), 0);
  }

  @Test
  void testEvaluate_fourClassGateWithoutFourClassLabelsRejected() {
    ClassifierInput full = ValidationFixtures.classifier(1, 50, 0.9);
    SampleMetrics binaryOnly = SampleMetrics.of(new SampleInput("binary only",
        new ClassifierInput(full.binary(), null, null), null));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gates.parse(List.of("minFourClassAccuracy=0.9")).evaluate(binaryOnly));
    assertTrue(e.getMessage().contains("without four-class labels"), e.getMessage());
  }

  @Test
  void testEvaluate_noGatesPass() {
    assertTrue(Gates.none().evaluate(SAMPLE).passed());
  }
}
