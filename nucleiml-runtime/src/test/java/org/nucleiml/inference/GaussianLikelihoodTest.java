package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/** Tests for {@link GaussianLikelihood}, {@link Constraint} and {@link ModelError}. */
class GaussianLikelihoodTest {

  @Test
  void testStudyConstraints_experimentalValuesAndTwoPercent() {
    List<Constraint> c = Constraint.study();
    assertEquals(342.052184, c.get(0).value(), 0.0);
    assertEquals(0.02 * 342.052184, c.get(0).sigma(), 1e-12);
    assertEquals(3.4776, c.get(1).value(), 0.0);
    assertEquals(1636.430224, c.get(2).value(), 0.0);
    assertEquals(5.5012, c.get(3).value(), 0.0);
    assertEquals(Observable.CHARGE_RADIUS, c.get(3).observable());
    // Nuclei outside the study table come from the full AME2020 and Angeli tables.
    assertEquals(492.2599528, Constraint.measured(Nucleus.parse("56Fe"), Observable.BINDING_ENERGY).value(), 0.0);
    assertEquals(3.7377, Constraint.measured(Nucleus.parse("56Fe"), Observable.CHARGE_RADIUS).value(), 0.0);
  }

  @Test
  void testLogLikelihood_handComputedPaperFormula() {
    Nucleus ca = Nucleus.parse("40Ca");
    GaussianLikelihood l = new GaussianLikelihood(List.of(
        new Constraint(ca, Observable.BINDING_ENERGY, 342.0, 6.0),
        new Constraint(ca, Observable.CHARGE_RADIUS, 3.5, 0.07)), List.of());
    double expected = -0.5 * (Math.log(2 * Math.PI * 36) + 9.0 / 36 + Math.log(2 * Math.PI * 0.0049) + 0.0001 / 0.0049);
    assertEquals(expected, l.logLikelihood(new double[] {345.0, 3.49}), 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, l.logLikelihood(new double[] {Double.NaN, 3.49}));
  }

  @Test
  void testLogLikelihood_emulatorSigmaAddsToTheVarianceWithItsNormalisation() {
    Nucleus ca = Nucleus.parse("40Ca");
    GaussianLikelihood l = new GaussianLikelihood(List.of(
        new Constraint(ca, Observable.BINDING_ENERGY, 342.0, 3.0),
        new Constraint(ca, Observable.CHARGE_RADIUS, 3.5, 0.03)), List.of());
    // v = 3^2 + 4^2 = 25 and 0.03^2 + 0.04^2 = 0.0025, residuals 5 and 0.01, computed by hand:
    // -1/2 [ln(2 pi 25) + 25/25 + ln(2 pi 0.0025) + 0.0001/0.0025]
    double expected = -0.5 * (Math.log(50 * Math.PI) + 1.0 + Math.log(0.005 * Math.PI) + 0.04);
    assertEquals(-0.971582705, expected, 1e-8);
    assertEquals(expected, l.logLikelihood(new double[] {347.0, 3.49}, new double[] {4.0, 0.04}), 1e-12);
    // zero model sigma is the plain likelihood
    assertEquals(l.logLikelihood(new double[] {347.0, 3.49}),
        l.logLikelihood(new double[] {347.0, 3.49}, new double[] {0, 0}), 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, l.logLikelihood(new double[] {347.0, 3.49}, new double[] {Double.NaN, 0}));
  }

  @Test
  void testModelError_addedInQuadrature() {
    Nucleus pb = Nucleus.parse("208Pb");
    Constraint be = new Constraint(pb, Observable.BINDING_ENERGY, 1600.0, 3.0);
    Constraint r = new Constraint(pb, Observable.CHARGE_RADIUS, 5.5, 0.11);
    GaussianLikelihood l = new GaussianLikelihood(List.of(be, r), List.of(
        new ModelError(Observable.BINDING_ENERGY, 4.0, 0.0), new ModelError(Observable.CHARGE_RADIUS, 0, 0.02)));
    assertEquals(5.0, l.sigma(0), 1e-12);
    assertEquals(Math.hypot(0.11, 0.11), l.sigma(1), 1e-12);
  }

  @Test
  void testConstructor_rejectsBadInput() {
    Nucleus ca = Nucleus.parse("40Ca");
    assertEquals("40Ca charge_radius sigma", assertThrows(InvalidParameterException.class,
        () -> new Constraint(ca, Observable.CHARGE_RADIUS, 3.5, 0)).parameter());
    assertThrows(InvalidParameterException.class, () -> new GaussianLikelihood(List.of(), List.of()));
    assertEquals("constraint", assertThrows(InvalidParameterException.class,
        () -> Constraint.measured(Nucleus.parse("58Ca"), Observable.CHARGE_RADIUS)).parameter());
    assertEquals("observable", assertThrows(InvalidParameterException.class, () -> Observable.parse("mass")).parameter());
    assertEquals(Observable.BINDING_ENERGY, Observable.parse("Binding-Energy"));
  }
}
