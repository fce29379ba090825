package org.nucleiml.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.study.StudyComparison;
import picocli.CommandLine;

/**
 * The plugin and the CLI give identical outputs for the same configuration: a small study (generate,
 * train, validate, posterior, report) runs once through the mojos and once through {@code nml}, in
 * two directories: every file both write, step manifests, zip and report pages included, must be
 * byte-identical; only the run facts (run-info.json, issue #17) may differ. The check is the
 * reproduction check users run, {@code nml compare-studies}.
 */
class PluginCliIdentityTest {

  @TempDir Path dir;

  @Test
  void testStudy_pluginAndCliWriteIdenticalOutputs() throws Exception {
    Path maven = dir.resolve("maven");
    Path cli = dir.resolve("cli");
    runMojos(maven);
    runCli(cli);
    StudyComparison comparison = StudyComparison.of(maven, cli);
    assertTrue(comparison.files().size() >= 20, comparison.summary());
    assertTrue(comparison.identical(), () -> comparison.differences().stream().map(StudyComparison.FileResult::line)
        .collect(Collectors.joining("\n")) + "\n" + comparison.summary());
    assertTrue(comparison.files().stream().anyMatch(f -> f.path().endsWith("emulator.zip")), comparison.summary());
    assertTrue(Files.isRegularFile(maven.resolve("emulator/run-info.json")), "no run-info.json beside the emulator");
  }

  private static void runMojos(Path root) throws Exception {
    mojo(new GenerateMojo(), Map.of("samples", 40L, "nuclei", "16O", "outputDirectory", file(root, "data")));
    NetworkConfiguration network = new NetworkConfiguration();
    network.maxEpochs = 3;
    NetworkConfiguration regressor = new NetworkConfiguration();
    regressor.maxEpochs = 3;
    mojo(new TrainMojo(), Map.of("data", file(root, "data/samples.csv"), "outputDirectory", file(root, "emulator"),
        "classifier", network, "regressor", regressor, "attach", false));
    mojo(new ValidateMojo(), Map.of("emulator", file(root, "emulator"), "data", file(root, "data/samples.csv"),
        "outputDirectory", file(root, "validation"), "validationSamples", 0));
    Map<String, Object> posterior = new HashMap<>(Map.of("emulatorDirectory", file(root, "emulator"),
        "outputDirectory", file(root, "posterior"), "walkers", 16, "burnIn", 5, "maxSteps", 20L,
        "checkInterval", 10, "admissibilityGate", false, "constraints",
        List.of(constraint("binding_energy"), constraint("charge_radius"))));
    mojo(new PosteriorMojo(), posterior);
    mojo(new ReportMojo(), Map.of("studyDirectory", root.toFile(), "output", file(root, "report.html")));
  }

  private static void runCli(Path root) {
    nml("generate", "--samples", "40", "--nuclei", "16O", "--output", root.resolve("data").toString());
    nml("train", "--data", root.resolve("data/samples.csv").toString(), "--output",
        root.resolve("emulator").toString(), "--epochs", "3");
    nml("validate", "--emulator", root.resolve("emulator").toString(), "--data",
        root.resolve("data/samples.csv").toString(), "--output", root.resolve("validation").toString(),
        "--validation-samples", "0");
    nml("posterior", "--emulator", root.resolve("emulator").toString(), "--output",
        root.resolve("posterior").toString(), "--walkers", "16", "--burn-in", "5", "--max-steps", "20",
        "--check-interval", "10", "--no-admissibility-gate", "--constraint", "16O:binding_energy",
        "--constraint", "16O:charge_radius");
    nml("report", "--study-directory", root.toString(), "--study", STUDY);
  }

  private static final String STUDY = "org.nucleiml.it:identity:1.0";

  private static ConstraintConfiguration constraint(String observable) {
    ConstraintConfiguration c = new ConstraintConfiguration();
    c.nucleus = "16O";
    c.observable = observable;
    return c;
  }

  private static void mojo(AbstractNmlMojo mojo, Map<String, ?> parameters) throws Exception {
    MavenProject project = new MavenProject();
    project.setGroupId("org.nucleiml.it");
    project.setArtifactId("identity");
    project.setVersion("1.0");
    MojoFields.set(mojo, defaults(mojo));
    MojoFields.set(mojo, Map.of("buildCacheEnabled", false, "project", project));
    MojoFields.set(mojo, parameters);
    mojo.execute();
  }

  /** The annotation defaults Maven would inject for the parameters the test leaves out. */
  private static Map<String, Object> defaults(AbstractNmlMojo mojo) throws IOException {
    return MojoDefaults.of(mojo.getClass());
  }

  private static File file(Path root, String name) {
    return root.resolve(name).toFile();
  }

  private static void nml(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute(args), () -> String.join(" ", args) + "\n" + err);
  }
}
