package org.nucleiml.inference.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.emulator.EmulatorPrediction;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.inference.ModelBackend;
import org.nucleiml.data.Observable;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;

/** Tests for {@link EmulatorBackend} against the emulator's own predictions. */
class EmulatorBackendTest {

  private static final Nucleus CA40 = Nucleus.parse("40Ca");
  private static final Nucleus PB208 = Nucleus.parse("208Pb");
  private static final List<Target> TARGETS = List.of(new Target(CA40, Observable.BINDING_ENERGY),
      new Target(PB208, Observable.CHARGE_RADIUS), new Target(CA40, Observable.CHARGE_RADIUS),
      new Target(PB208, Observable.BINDING_ENERGY));

  @TempDir static Path dir;
  static TrainingReport report;

  @BeforeAll
  static void train() throws IOException {
    Path samples = SyntheticSamples.write(dir.resolve("samples.csv"), 300, 17L);
    NetworkConfig c = new NetworkConfig(List.of(16, 16), 3e-3, 32, 6, 6, 5);
    NetworkConfig r = new NetworkConfig(List.of(16, 16), 3e-3, 64, 6, 6, 5);
    report = EmulatorTraining.run(TrainingConfig.defaults(samples, dir.resolve("emulator")).withRun(5L, 1)
        .withNetworks(c, r), s -> { });
  }

  @Test
  void testEvaluate_valuesAreTheEmulatorsAndAdmissibilityTheSmallestProbability() throws IOException {
    Emulator emulator = Emulator.load(report.output());
    double[][] points = priorDraws(40);
    Prediction[] predictions = EmulatorBackend.load(report.output()).evaluate(TARGETS, points, states(40));
    int withCouplings = 0;
    for (int i = 0; i < points.length; i++) {
      NuclearMatterParameters nmp = NuclearMatterParameters.fromArray(points[i]);
      boolean couplings = CouplingInverter.invert(nmp, ModelConstants.STUDY).hasCouplings();
      if (!couplings) {
        assertEquals(0.0, predictions[i].admissibility(), "point " + i);
        assertTrue(Double.isNaN(predictions[i].values()[0]), "point " + i + " skips the networks");
        continue;
      }
      EmulatorPrediction ca = emulator.predict(nmp, CA40);
      EmulatorPrediction pb = emulator.predict(nmp, PB208);
      assertArrayEquals(new double[] {ca.bindingEnergy(), pb.chargeRadius(), ca.chargeRadius(), pb.bindingEnergy()},
          predictions[i].values());
      assertEquals(Math.min(ca.admissibleProbability(), pb.admissibleProbability()), predictions[i].admissibility(),
          "point " + i);
      withCouplings += couplings ? 1 : 0;
    }
    // both branches of the filter are exercised by the draws
    assertTrue(withCouplings > 0 && withCouplings < points.length, withCouplings + " of " + points.length);
  }

  @Test
  void testLoad_zipAndDirectoryGiveTheSameBackend() throws IOException {
    EmulatorBackend fromDir = EmulatorBackend.load(report.output());
    EmulatorBackend fromZip = EmulatorBackend.load(report.zip());
    assertEquals(fromDir.identity(), fromZip.identity());
    double[][] points = priorDraws(8);
    Prediction[] a = fromDir.evaluate(TARGETS, points, states(8));
    Prediction[] b = fromZip.evaluate(TARGETS, points, states(8));
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i].admissibility(), b[i].admissibility());
      assertArrayEquals(a[i].values(), b[i].values());
    }
    assertNotEquals(fromDir.identity(), SolverBackend.study().identity());
  }

  @Test
  void testEvaluate_chunkedCallsFromTwoThreadsEqualOneBatchedCall() throws Exception {
    double[][] points = priorDraws(64);
    Prediction[] batched = EmulatorBackend.load(report.output()).evaluate(TARGETS, points, states(64));
    EmulatorBackend chunked = EmulatorBackend.load(report.output(), ModelBackend.Threading.CHUNKED);
    assertEquals(ModelBackend.Threading.CHUNKED, chunked.threading());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Prediction[]>> halves = pool.invokeAll(List.of(
          () -> chunked.evaluate(TARGETS, java.util.Arrays.copyOfRange(points, 0, 32), states(32)),
          () -> chunked.evaluate(TARGETS, java.util.Arrays.copyOfRange(points, 32, 64), states(32))));
      for (int i = 0; i < 64; i++) {
        Prediction c = halves.get(i / 32).get()[i % 32];
        assertEquals(batched[i].admissibility(), c.admissibility());
        assertArrayEquals(batched[i].values(), c.values());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static double[][] priorDraws(int count) {
    SplittableRandom random = new SplittableRandom(3);
    ProductPrior prior = ProductPrior.studyBox();
    double[][] points = new double[count][];
    for (int i = 0; i < count; i++) {
      points[i] = prior.sample(random);
    }
    return points;
  }

  private static WalkerState[] states(int count) {
    WalkerState[] states = new WalkerState[count];
    for (int i = 0; i < count; i++) {
      states[i] = new WalkerState(i);
    }
    return states;
  }
}
