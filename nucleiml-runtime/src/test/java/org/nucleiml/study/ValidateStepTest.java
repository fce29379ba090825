package org.nucleiml.study;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.validation.ClassifierInput;
import org.nucleiml.validation.Gates;
import org.nucleiml.validation.LabelledPredictions;
import org.nucleiml.validation.report.ValidationOutcome;

/** Tests for {@link ValidateStep} and its glue on a small synthetic data set and emulator. */
class ValidateStepTest {

  @TempDir static Path dir;
  static Path samples;
  static Path emulator;
  static TrainingReport report;

  @BeforeAll
  static void train() throws IOException, InterruptedException {
    samples = SyntheticSamples.write(Files.createDirectories(dir.resolve("data")).resolve("samples.csv"), 300, 23L);
    emulator = dir.resolve("emulator");
    NetworkConfig c = new NetworkConfig(List.of(16, 16), 3e-3, 32, 6, 6, 5);
    NetworkConfig r = new NetworkConfig(List.of(16, 16), 3e-3, 64, 6, 6, 5);
    TrainingConfig config = TrainingConfig.defaults(samples, emulator).withRun(7L, 1).withNetworks(c, r);
    report = new TrainStep(config, true, s -> { }).run().orElseThrow();
  }

  private static ValidateConfig config(Path output, Gates gates) {
    return new ValidateConfig(emulator, samples, output, 0, 8L, List.of(), gates, 1);
  }

  @Test
  void heldOutSplit_reproducesTrainingsTestRowsAndAccuracy() throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(emulator);
    SampleTable table = SampleTable.read(samples);
    HeldOutSplit split = HeldOutSplit.of(table, artifact.descriptor());
    assertEquals(report.classifier().testRows(), split.classifierTest().length);
    ClassifierInput c = new EmulatorSample(ValidateStep.filtered(artifact), table).classifier(split.classifierTest());
    assertEquals(report.classifier().accuracy(), accuracy(c.binary()), 1e-12);
    assertTrue(IntStream.of(split.regressorTest()).allMatch(table::admissible));
    Set<Long> testGroups = new HashSet<>();
    IntStream.of(split.classifierTest()).forEach(row -> testGroups.add(table.sampleId(row)));
    long rowsOfTestGroups = IntStream.range(0, table.size()).filter(row -> testGroups.contains(table.sampleId(row))).count();
    assertEquals(rowsOfTestGroups, split.classifierTest().length, "every nucleus of a test NMP set is in the test part");
  }

  @Test
  void filtered_withoutTheCouplingFilterTheClassifierDiffers() throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(emulator);
    SampleTable table = SampleTable.read(samples);
    int[] all = IntStream.range(0, table.size()).toArray();
    double[] raw = new EmulatorSample(artifact.emulator(), table).classifier(all).probabilityAdmissible();
    double[] exact = new EmulatorSample(ValidateStep.filtered(artifact), table).classifier(all).probabilityAdmissible();
    long zeroed = IntStream.range(0, all.length).filter(i -> exact[i] == 0 && raw[i] != 0).count();
    assertTrue(zeroed > 0, "the exact pre-filter decides some synthetic NMP sets");
  }

  @Test
  void run_writesReportsThenIsUpToDate() throws IOException, InterruptedException {
    Path out = dir.resolve("validation-pass");
    List<String> log = new ArrayList<>();
    ValidationOutcome outcome = new ValidateStep(config(out, Gates.parse(List.of("minAccuracy=0.3"))), log::add)
        .run(Optional.empty()).orElseThrow();
    assertTrue(outcome.passed());
    JsonNode json = new ObjectMapper().readTree(out.resolve("validation.json").toFile());
    assertEquals(report.classifier().accuracy(), json.path("classifier").path("accuracy").asDouble(), 1e-9);
    assertTrue(json.path("regressor").path("binding_energy").has("r2"));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("gate passed: minAccuracy")), log.toString());
    List<String> second = new ArrayList<>();
    assertTrue(new ValidateStep(config(out, Gates.parse(List.of("minAccuracy=0.3"))), second::add)
        .run(Optional.empty()).isEmpty());
    assertTrue(second.stream().anyMatch(l -> l.contains("nml:validate is up to date")), second.toString());
    List<String> changed = new ArrayList<>();
    assertTrue(new ValidateStep(config(out, Gates.parse(List.of("minAccuracy=0.2"))), changed::add)
        .run(Optional.empty()).isPresent(), "a changed gate re-runs");
  }

  @Test
  void run_failedGatesWriteReportsButAreNeverUpToDate() throws IOException, InterruptedException {
    Path out = dir.resolve("validation-fail");
    ValidateConfig config = config(out, Gates.parse(List.of("maxAbsRelErrorP95=1e-9")));
    ValidationOutcome outcome = new ValidateStep(config, s -> { }).run(Optional.empty()).orElseThrow();
    assertFalse(outcome.passed());
    assertTrue(outcome.gates().message().contains("maxAbsRelErrorP95[binding_energy] (from maxAbsRelErrorP95) required <= 1e-9, actual"),
        outcome.gates().message());
    assertTrue(Files.isRegularFile(out.resolve("report.html")));
    assertFalse(Files.exists(out.resolve(StepManifest.FILE_NAME)));
    assertTrue(new ValidateStep(config, s -> { }).run(Optional.empty()).isPresent(), "a failed validation runs again");
  }

  @Test
  void run_missingEmulatorNamesItAndTheTrainGoal() {
    ValidateConfig config = new ValidateConfig(dir.resolve("nowhere"), samples, dir.resolve("v"), 0, 8L, List.of(),
        Gates.none(), 1);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ValidateStep(config, s -> { }).run(Optional.empty()));
    assertEquals("emulator", e.parameter());
    assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("run nml:train first"), e.getMessage());
  }

  @Test
  void run_otherDataThanTrainedOnIsRejected() throws IOException {
    Path other = SyntheticSamples.write(dir.resolve("other.csv"), 40, 99L);
    ValidateConfig config = new ValidateConfig(emulator, other, dir.resolve("v-other"), 0, 8L, List.of(),
        Gates.none(), 1);
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ValidateStep(config, s -> { }).run(Optional.empty()));
    assertEquals("data", e.parameter());
  }

  @Test
  void config_unseenNucleiNeedAnIndependentSample() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new ValidateConfig(emulator,
        samples, dir, 0, 8L, List.of(org.nucleiml.physics.Nucleus.parse("56Ni")), Gates.none(), 1));
    assertEquals("validationSamples", e.parameter());
  }

  private static double accuracy(LabelledPredictions p) {
    int[] t = p.truth();
    int[] q = p.predicted();
    return IntStream.range(0, t.length).filter(i -> t[i] == q[i]).count() / (double) t.length;
  }
}
