package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;

/** Tests for {@link EmulatorTraining}, {@link EmulatorArtifact} and {@link Emulator} on small synthetic data. */
class EmulatorTrainingTest {

  @TempDir static Path dir;
  static Path samples;

  @BeforeAll
  static void writeSamples() throws IOException {
    samples = SyntheticSamples.write(dir.resolve("samples.csv"), 400, 17L);
  }

  private static TrainingConfig small(Path output, int threads) {
    NetworkConfig c = new NetworkConfig(List.of(24, 24), 3e-3, 32, 8, 8, 5);
    NetworkConfig r = new NetworkConfig(List.of(24, 24), 3e-3, 64, 8, 8, 5);
    return TrainingConfig.defaults(samples, output).withRun(5L, threads).withNetworks(c, r);
  }

  @Test
  void testRun_sameSeedGivesByteIdenticalModelFilesForOneAndTwoThreads() throws IOException {
    TrainingReport one = EmulatorTraining.run(small(dir.resolve("one/emulator"), 1), s -> { });
    TrainingReport two = EmulatorTraining.run(small(dir.resolve("two/emulator"), 2), s -> { });
    for (String file : List.of("classifier.nmlnet", "regressor-binding_energy_MeV+charge_radius_fm.nmlnet")) {
      assertArrayEquals(Files.readAllBytes(one.output().resolve(file)), Files.readAllBytes(two.output().resolve(file)),
          file);
    }
    assertEquals(one.classifier(), two.classifier());
    assertEquals(one.regressors(), two.regressors());
  }

  @Test
  void testLoad_directoryAndZipPredictLikeTheTrainedEmulator() throws IOException {
    TrainingReport report = EmulatorTraining.run(small(dir.resolve("load/emulator"), 1), s -> { });
    Emulator fromDir = Emulator.load(report.output());
    Emulator fromZip = Emulator.load(report.zip());
    NuclearMatterParameters nmp = new NuclearMatterParameters(0.155, -16.1, 230, -300, 0.65, 32, 60);
    EmulatorPrediction a = fromDir.predict(nmp, Nucleus.parse("208Pb"));
    assertEquals(a, fromZip.predict(nmp, Nucleus.parse("208Pb")));
    assertTrue(a.admissibleProbability() >= 0 && a.admissibleProbability() <= 1);
    // Even after 8 epochs the per-nucleus scaling puts 208Pb within 5% of the synthetic truth.
    double be = SyntheticSamples.bindingEnergy(nmp.toArray(), 82, 126);
    assertEquals(be, a.bindingEnergy(), 0.05 * be);
    assertTrue(Files.readString(report.output().resolve("emulator.json")).contains("\"sha256\""));
  }

  @Test
  void testPredict_batchedEqualsSingle() throws IOException {
    TrainingReport report = EmulatorTraining.run(small(dir.resolve("batch/emulator"), 1), s -> { });
    Emulator emulator = Emulator.load(report.output());
    double[] rows = {0.15, -16, 200, -500, 0.6, 30, 50, 0.16, -15.8, 260, 100, 0.72, 36, 90};
    int[] z = {20, 50};
    int[] n = {28, 82};
    double[] p = new double[2];
    double[] be = new double[2];
    double[] rch = new double[2];
    emulator.predict(rows, z, n, 2, p, be, rch, emulator.newWorkspace());
    EmulatorPrediction second = emulator.predict(new NuclearMatterParameters(0.16, -15.8, 260, 100, 0.72, 36, 90),
        new Nucleus(50, 82));
    assertEquals(second, new EmulatorPrediction(p[1], be[1], rch[1]));
  }

  /**
   * A block with more distinct nuclei than the workspace's nucleus cache holds: a later row evicts an
   * earlier row's cache entry before the networks run, so each row must keep its own nucleus values
   * (once a row took an evicted neighbour's target offsets and scales: wrong BE and Rch, no error).
   */
  @Test
  void testPredict_blockWithMoreNucleiThanTheCacheEqualsSinglePredictions() throws IOException {
    TrainingReport report = EmulatorTraining.run(small(dir.resolve("cache/emulator"), 1), s -> { });
    Emulator emulator = Emulator.load(report.output());
    int[][] nuclei = {{8, 8}, {20, 20}, {20, 28}, {28, 40}, {28, 50}, {40, 50}, {50, 82}, {82, 126},
        {8, 16}, {20, 40}, {50, 50}, {82, 100}, {20, 20}, {8, 8}, {50, 82}, {28, 40}};
    int count = nuclei.length;
    double[] nmp = {0.16, -15.8, 260, 100, 0.72, 36, 90};
    double[] rows = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int r = 0; r < count; r++) {
      System.arraycopy(nmp, 0, rows, 7 * r, 7);
      z[r] = nuclei[r][0];
      n[r] = nuclei[r][1];
    }
    double[] p = new double[count];
    double[] be = new double[count];
    double[] rch = new double[count];
    emulator.predict(rows, z, n, count, p, be, rch, emulator.newWorkspace());
    for (int r = 0; r < count; r++) {
      EmulatorPrediction single = emulator.predict(new NuclearMatterParameters(nmp[0], nmp[1], nmp[2], nmp[3],
          nmp[4], nmp[5], nmp[6]), new Nucleus(z[r], n[r]));
      assertEquals(single, new EmulatorPrediction(p[r], be[r], rch[r]), "row " + r + " (" + z[r] + ", " + n[r] + ")");
    }
  }

  @Test
  void testRun_couplingPrefilterMakesNoCouplingRowsNonAdmissible() throws IOException {
    TrainingConfig config = small(dir.resolve("prefilter/emulator"), 1)
        .withExtras(null, List.of(), nmp -> !SyntheticSamples.label4(nmp.toArray(), 8, 8).equals("no-couplings"));
    TrainingReport report = EmulatorTraining.run(config, s -> { });
    assertTrue(report.classifier().couplingPrefilter());
    Emulator emulator = Emulator.load(report.output()).withCouplingFilter(config.hasCouplings());
    NuclearMatterParameters noCouplings = new NuclearMatterParameters(0.155, -16, 200, -1490, 0.51, 30, 50);
    assertEquals("no-couplings", SyntheticSamples.label4(noCouplings.toArray(), 82, 126));
    assertEquals(0.0, emulator.predict(noCouplings, Nucleus.parse("208Pb")).admissibleProbability());
  }

  @Test
  void testRun_separateTargetsWithMseTrainsOneNetworkPerObservable() throws IOException {
    TrainingConfig config = small(dir.resolve("separate/emulator"), 2)
        .withModelling(false, LossFunction.MSE, TargetScaling.GLOBAL, true);
    TrainingReport report = EmulatorTraining.run(config, s -> { });
    assertEquals(2, report.regressors().size());
    assertTrue(Files.exists(report.output().resolve("regressor-charge_radius_fm.nmlnet")));
    assertEquals(5, report.regressors().get(1).r2PerNucleus().size());
  }

  @Test
  void testRun_nonNumericValueNamesFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.csv");
    List<String> lines = Files.readAllLines(samples).subList(0, 4);
    String broken = lines.get(2).replaceFirst(",[^,]+,", ",abc,");
    Files.write(bad, List.of(lines.get(0), lines.get(1), broken, lines.get(3)));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> EmulatorTraining.run(small(dir.resolve("bad/emulator"), 1).withExtras(null, List.of(), null)
            .withData(bad), s -> { }));
    assertTrue(e.getMessage().contains("bad.csv line 3 column rho0"), e.getMessage());
  }

  @Test
  void testRun_noAdmissibleRowsIsRejected() throws IOException {
    Path none = dir.resolve("none.csv");
    List<String> lines = Files.readAllLines(samples).stream()
        .filter(l -> l.startsWith("sample_id") || !l.endsWith(",admissible,")).toList();
    Files.write(none, lines);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> EmulatorTraining.run(small(dir.resolve("none/emulator"), 1).withData(none), s -> { }));
    assertTrue(e.getMessage().contains("no admissible rows"), e.getMessage());
  }
}
