package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;

/** Tests of the regressor ensemble: training, artifact, mean and spread, variance calibration. */
class EmulatorEnsembleTest {

  private static final String REGRESSOR = "regressor-binding_energy_MeV+charge_radius_fm.nmlnet";

  @TempDir static Path dir;
  static Path samples;
  static TrainingReport single;
  static TrainingReport pair;

  @BeforeAll
  static void train() throws IOException {
    samples = SyntheticSamples.write(dir.resolve("samples.csv"), 300, 23L);
    single = EmulatorTraining.run(small(dir.resolve("m1/emulator"), 2, 1, false), s -> { });
    pair = EmulatorTraining.run(small(dir.resolve("m2/emulator"), 2, 2, true), s -> { });
  }

  private static TrainingConfig small(Path output, int threads, int members, boolean calibrate) {
    NetworkConfig c = new NetworkConfig(List.of(16, 16), 3e-3, 32, 4, 4, 5);
    NetworkConfig r = new NetworkConfig(List.of(16, 16), 3e-3, 64, 6, 6, 5);
    return TrainingConfig.defaults(samples, output).withRun(9L, threads).withNetworks(c, r)
        .withEnsemble(members, calibrate);
  }

  @Test
  void testMemberZero_isTheSingleRegressorByteForByte() throws IOException {
    assertArrayEquals(Files.readAllBytes(single.output().resolve(REGRESSOR)),
        Files.readAllBytes(pair.output().resolve(REGRESSOR)));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(pair.output().resolve(REGRESSOR)),
        Files.readAllBytes(pair.output().resolve("regressor-binding_energy_MeV+charge_radius_fm-member1.nmlnet"))));
  }

  @Test
  void testSingleNetwork_keepsFormatVersionOneAndNoEnsembleKeys() throws IOException {
    JsonNode json = new ObjectMapper().readTree(single.output().resolve("emulator.json").toFile());
    assertEquals(1, json.path("format_version").asInt());
    assertTrue(json.path("ensemble").isMissingNode());
    assertTrue(json.path("training").path("hyper_parameters").path("ensemble_size").isMissingNode());
    assertTrue(json.path("regressors").get(0).path("member").isMissingNode());
    JsonNode two = new ObjectMapper().readTree(pair.output().resolve("emulator.json").toFile());
    assertEquals(2, two.path("format_version").asInt());
    assertEquals(2, two.path("ensemble").path("size").asInt());
  }

  @Test
  void testEnsemble_byteIdenticalForOneAndTwoThreads() throws IOException {
    TrainingReport oneThread = EmulatorTraining.run(small(dir.resolve("m2t1/emulator"), 1, 2, true), s -> { });
    for (String f : List.of("emulator.json", "emulator.sha256", REGRESSOR,
        "regressor-binding_energy_MeV+charge_radius_fm-member1.nmlnet")) {
      assertArrayEquals(Files.readAllBytes(pair.output().resolve(f)), Files.readAllBytes(oneThread.output().resolve(f)), f);
    }
  }

  @Test
  void testPredict_meanAndSampleStdOfTheMembersTimesTheCalibratedScale() throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(pair.zip());
    Emulator emulator = artifact.emulator();
    assertEquals(2, emulator.ensembleSize());
    NuclearMatterParameters nmp = new NuclearMatterParameters(0.155, -16.1, 230, -300, 0.65, 32, 60);
    Nucleus pb = Nucleus.parse("208Pb");
    // each member on its own, through the network file and the scalers of emulator.json
    double[][] members = new double[2][];
    for (int m = 0; m < 2; m++) {
      members[m] = memberOutputs(artifact.descriptor(), pair.output(), m, nmp, pb);
    }
    EmulatorPrediction p = emulator.predict(nmp, pb);
    double[] scale = emulator.varianceScale();
    JsonNode recorded = artifact.descriptor().path("ensemble").path("variance_scale");
    assertEquals(recorded.path("binding_energy_MeV").asDouble(), scale[0]);
    assertEquals(recorded.path("charge_radius_fm").asDouble(), scale[1]);
    for (int k = 0; k < 2; k++) {
      double mean = (members[0][k] + members[1][k]) / 2;
      // sample std of two values: |a - b| / sqrt(2)
      double sigma = Math.abs(members[0][k] - members[1][k]) / Math.sqrt(2) * Math.sqrt(scale[k]);
      assertEquals(mean, k == 0 ? p.bindingEnergy() : p.chargeRadius(), 1e-9 * Math.abs(mean));
      assertEquals(sigma, k == 0 ? p.sigmaBindingEnergy() : p.sigmaChargeRadius(), 1e-9 * sigma + 1e-15);
    }
    assertTrue(p.sigmaBindingEnergy() > 0 && p.sigmaChargeRadius() > 0);
  }

  @Test
  void testCalibration_unitVarianceOfStandardisedResiduals() {
    double[] truth = {10, 11, 12, 13};
    double[] mean = {10.5, 11, 11, 13.2};
    double[] sigma = {0.5, 1, 0.5, 0};
    // rows with sigma 0 are left out: z = 1, 0, 2 -> (1 + 0 + 4) / 3
    assertEquals(5.0 / 3, VarianceCalibration.scale("binding_energy_MeV", truth, mean, sigma), 1e-15);
    assertThrows(InvalidParameterException.class,
        () -> VarianceCalibration.scale("charge_radius_fm", truth, mean, new double[4]));
  }

  @Test
  void testSingleNetwork_sigmaIsZeroAndNoUncertainty() throws IOException {
    Emulator emulator = Emulator.load(single.output());
    assertFalse(emulator.hasUncertainty());
    EmulatorPrediction p = emulator.predict(new NuclearMatterParameters(0.155, -16.1, 230, -300, 0.65, 32, 60),
        Nucleus.parse("40Ca"));
    assertEquals(0.0, p.sigmaBindingEnergy());
    assertEquals(0.0, p.sigmaChargeRadius());
  }

  @Test
  void testConfig_rejectsBadEnsembleSettings() {
    InvalidParameterException size = assertThrows(InvalidParameterException.class,
        () -> small(dir.resolve("x"), 1, 0, false));
    assertTrue(size.getMessage().contains("ensembleSize"), size.getMessage());
    InvalidParameterException calibrate = assertThrows(InvalidParameterException.class,
        () -> small(dir.resolve("x"), 1, 1, true));
    assertTrue(calibrate.getMessage().contains("calibrateVariance"), calibrate.getMessage());
  }

  @Test
  void testMemberSeed_memberZeroKeepsTheSingleNetworksSeed() {
    assertEquals(Seeds.derive(42, 12, 0), EmulatorTraining.memberSeed(42, 0, 0));
    assertEquals(Seeds.derive(42, 12, 1, 3), EmulatorTraining.memberSeed(42, 1, 3));
  }

  /** Member m's physical outputs for one point, computed from its network file and emulator.json alone. */
  private static double[] memberOutputs(JsonNode root, Path output, int member, NuclearMatterParameters nmp,
      Nucleus nucleus) throws IOException {
    JsonNode node = null;
    for (JsonNode r : root.path("regressors")) {
      if (r.path("member").asInt() == member) {
        node = r;
      }
    }
    FeedForwardNetwork network = NetworkFile.decode(Files.readAllBytes(output.resolve(node.path("file").asText())),
        "member");
    FeatureSet features = new FeatureSet(root.path("physics_features").asBoolean());
    double[] all = new double[features.width()];
    System.arraycopy(nmp.toArray(), 0, all, 0, 7);
    features.computeNucleus(nucleus.z(), nucleus.n(), all, 7);
    List<String> names = features.names();
    List<String> inputs = new ArrayList<>();
    node.path("inputs").forEach(i -> inputs.add(i.asText()));
    double[] x = new double[inputs.size()];
    for (int j = 0; j < x.length; j++) {
      double mean = node.path("scaler").path("means").get(j).asDouble();
      double std = node.path("scaler").path("stds").get(j).asDouble();
      x[j] = (all[names.indexOf(inputs.get(j))] - mean) / std;
    }
    double[] y = new double[network.outputWidth()];
    network.forward(x, 0, y, 0, network.newScratch());
    TargetScaler targets = new ObjectMapper().treeToValue(node.path("target_scaler"), TargetScaler.class);
    double[] affine = new double[2];
    double[] out = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      targets.affine(k, nucleus.z(), nucleus.n(), affine);
      out[k] = affine[0] + affine[1] * y[k];
    }
    return out;
  }
}
