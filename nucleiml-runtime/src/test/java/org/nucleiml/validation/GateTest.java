package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;

/** Tests for {@link Gate} parsing and validation. */
class GateTest {

  @Test
  void testParse_fullForm() {
    Gate g = Gate.parse("minR2[charge_radius@40Ca]=0.98");
    assertEquals(GateMetric.MIN_R2, g.metric());
    assertEquals(Observable.CHARGE_RADIUS, g.observable());
    assertEquals("40Ca", g.nucleus());
    assertEquals(0.98, g.threshold());
    assertEquals("minR2[charge_radius@40Ca]=0.98", g.spec());
    assertEquals(g, Gate.parse(g.spec()));
  }

  @Test
  void testParse_partialFormsAndNormalisedNames() {
    assertNull(Gate.parse("minAccuracy = 0.9").observable());
    assertEquals(Observable.BINDING_ENERGY, Gate.parse("minR2[bindingEnergy]=0.99").observable());
    Gate everyNucleus = Gate.parse("maxJsDivergence[@*]=0.05");
    assertNull(everyNucleus.observable());
    assertEquals(Gate.EVERY_NUCLEUS, everyNucleus.nucleus());
    assertEquals("208Pb", Gate.parse("minWithin1pct[Rch@pb208]=0.9").nucleus());
  }

  @Test
  void testParse_unknownMetricListsAllowed() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Gate.parse("minR3=0.9"));
    assertTrue(e.getMessage().contains("unknown metric 'minR3'"), e.getMessage());
    assertTrue(e.getMessage().contains("minR2") && e.getMessage().contains("maxJsDivergence"), e.getMessage());
  }

  @Test
  void testParse_unknownObservableListsAllowed() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gate.parse("minR2[radius@40Ca]=0.9"));
    assertTrue(e.getMessage().contains("'radius'"), e.getMessage());
    assertTrue(e.getMessage().contains("[binding_energy, charge_radius]"), e.getMessage());
  }

  @Test
  void testParse_accuracyOutsideUnitIntervalRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Gate.parse("minAccuracy=95"));
    assertEquals("gate minAccuracy", e.parameter());
    assertTrue(e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
  }

  @Test
  void testParse_percentForFractionRejectedWithHint() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gate.parse("maxAbsRelErrorP95[binding_energy]=5"));
    assertTrue(e.getMessage().contains("0.05 = 5%"), e.getMessage());
  }

  @Test
  void testParse_classifierGateWithNucleusRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> Gate.parse("minAccuracy[@40Ca]=0.9"));
    assertTrue(e.getMessage().contains("classifier metric"), e.getMessage());
  }

  @Test
  void testParse_malformedSpecsRejected() {
    assertThrows(InvalidParameterException.class, () -> Gate.parse("minR2"));
    assertThrows(InvalidParameterException.class, () -> Gate.parse("minR2[@]=0.9"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Gate.parse("minR2=high"));
    assertTrue(e.getMessage().contains("a number"), e.getMessage());
  }

  @Test
  void testConstructor_nanThresholdRejected() {
    assertThrows(InvalidParameterException.class, () -> new Gate(GateMetric.MIN_R2, null, null, Double.NaN));
  }
}
