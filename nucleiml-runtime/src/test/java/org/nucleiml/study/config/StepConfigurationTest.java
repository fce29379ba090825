package org.nucleiml.study.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.GaussianPrior;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.UniformPrior;
import org.nucleiml.physics.Nucleus;

/** Tests for the step configurations' shared pieces: written forms, fail-or-warn, threads. */
class StepConfigurationTest {

  @Test
  void testObservable_everyWrittenFormParsesInGatesAndConstraintsAlike() {
    for (String text : List.of("binding_energy", "Binding-Energy", "bindingEnergy", "BE", "be")) {
      assertEquals(Observable.BINDING_ENERGY, Observable.parse(text), text);
    }
    assertEquals(Observable.CHARGE_RADIUS, Observable.parse("Rch"));
    Constraint c = new ConstraintEntry("40Ca", "BE", 342.0, null, 0.01).toConstraint("constraints[0].");
    assertEquals(Observable.BINDING_ENERGY, c.observable());
    assertEquals(3.42, c.sigma(), 1e-12);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ConstraintEntry("40Ca", "mass", null, null, null).toConstraint("constraints[2]."));
    assertEquals("constraints[2].observable", e.parameter());
  }

  @Test
  void testConstraintEntry_defaultsToTheMeasuredValueAndTwoPercent() {
    Constraint c = new ConstraintEntry("208Pb", "charge_radius", null, null, null).toConstraint("c.");
    Constraint measured = Constraint.measured(Nucleus.parse("208Pb"), Observable.CHARGE_RADIUS);
    assertEquals(measured.value(), c.value());
    assertEquals(0.02 * measured.value(), c.sigma(), 1e-15);
    assertEquals("c.sigma", assertThrows(InvalidParameterException.class,
        () -> new ConstraintEntry("208Pb", "charge_radius", null, 0.1, 0.01).toConstraint("c.")).parameter());
  }

  @Test
  void testPriorEntry_putsATruncatedGaussianIntoTheBoxPrior() {
    ProductPrior prior = PriorEntry.prior(ParameterBox.STUDY, List.of(new PriorEntry("L0", 50.0, 10.0)));
    assertEquals(new GaussianPrior(50, 10, 20, 100), prior.components().get(6));
    assertEquals(new UniformPrior(150, 300), prior.components().get(2));
    assertEquals(ProductPrior.studyBox(), PriorEntry.prior(ParameterBox.STUDY, List.of()));
    assertEquals("gaussianPriors[1].sd", assertThrows(InvalidParameterException.class,
        () -> PriorEntry.prior(ParameterBox.STUDY, List.of(new PriorEntry("L0", 50.0, 10.0),
            new PriorEntry("K0", 230.0, 0.0)))).parameter());
  }

  @Test
  void testNucleusList_namesTheParameterAndSplitsOnCommasAndSpaces() {
    assertEquals(List.of(Nucleus.parse("16O"), Nucleus.parse("208Pb")), NucleusList.parse("nuclei", "16O, 208Pb"));
    assertEquals(List.of(), NucleusList.parse("unseenNuclei", "  "));
    assertEquals("unseenNuclei", assertThrows(InvalidParameterException.class,
        () -> NucleusList.parse("unseenNuclei", "56Ni,999Xx")).parameter());
  }

  @Test
  void testFailOnGate_throwsOrOnlyWarns() {
    GateFailedException failure = new GateFailedException("gates", "nml:validate missed", List.of("R2 0.5 < 0.9"));
    assertEquals("nml:validate missed\n  R2 0.5 < 0.9", failure.getMessage());
    assertThrows(GateFailedException.class, () -> FailOnGate.apply(true, failure, line -> { }));
    List<String> warnings = new ArrayList<>();
    FailOnGate.apply(false, failure, warnings::add);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).startsWith("nml:validate missed"));
  }

  @Test
  void testStepContext_zeroThreadsMeansEveryCoreAndNegativeIsRejected() {
    assertEquals(Runtime.getRuntime().availableProcessors(), StepContext.threads(0));
    assertEquals(3, StepContext.threads(3));
    assertEquals("threads", assertThrows(InvalidParameterException.class, () -> StepContext.threads(-1)).parameter());
    assertThrows(InvalidParameterException.class,
        () -> new StepContext(0, Optional.empty(), line -> { }, line -> { }));
  }

  @Test
  void testTrainConfiguration_defaultsAreTheGoalsAndLossIsChecked() {
    TrainConfiguration c = new TrainConfiguration().data(java.nio.file.Path.of("s.csv"))
        .outputDirectory(java.nio.file.Path.of("target/emu"));
    assertEquals(42L, c.trainingConfig(2).seed());
    assertEquals(java.nio.file.Path.of("target/emu.zip"), c.zip());
    assertEquals("regressionLoss", assertThrows(InvalidParameterException.class,
        () -> c.regressionLoss("L1").trainingConfig(1)).parameter());
  }

  @Test
  void testTrainConfiguration_varianceCalibrationMapsOntoTheRunAndNeedsCalibrateVariance() {
    TrainConfiguration c = new TrainConfiguration().data(java.nio.file.Path.of("s.csv"))
        .outputDirectory(java.nio.file.Path.of("target/emu")).ensembleSize(4);
    assertEquals(org.nucleiml.emulator.CalibrationMethod.GLOBAL, c.trainingConfig(1).varianceCalibration());
    InvalidParameterException unused = assertThrows(InvalidParameterException.class,
        () -> c.varianceCalibration("quantile").trainingConfig(1));
    assertEquals("varianceCalibration", unused.parameter());
    assertTrue(unused.getMessage().contains("calibrateVariance"), unused.getMessage());
    c.calibrateVariance(true).varianceCalibration("per-nucleus-quantile");
    assertEquals(org.nucleiml.emulator.CalibrationMethod.PER_NUCLEUS_QUANTILE, c.trainingConfig(1).varianceCalibration());
    InvalidParameterException bad = assertThrows(InvalidParameterException.class,
        () -> c.varianceCalibration("median").trainingConfig(1));
    assertEquals("varianceCalibration", bad.parameter());
    assertTrue(bad.getMessage().contains("global, per-nucleus, quantile, per-nucleus-quantile"), bad.getMessage());
  }
}
