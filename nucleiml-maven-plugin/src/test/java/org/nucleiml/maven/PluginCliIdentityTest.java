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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.cli.NmlCommand;
import picocli.CommandLine;

/**
 * The plugin and the CLI give identical outputs for the same configuration: a small study (generate,
 * train, validate, posterior, report) runs once through the mojos and once through {@code nml}: both
 * must write the same files, byte-identical, except that JSON files are compared without their run
 * facts (wall times, rates, absolute paths; issue #17) and the step manifests and prose pages, which
 * hash or show those, are left out. The networks, samples, chains and plots are compared byte for byte.
 */
class PluginCliIdentityTest {

  /**
   * Keys of run facts that JSON outputs still carry (issue #17): wall times and rates, and in
   * emulator.json the absolute output paths and Tribuo's provenance (paths and creation times).
   */
  private static final Pattern RUN_FACT =
      Pattern.compile("wall|seconds|per_second|elapsed|provenance|^output$|^zip$");

  @TempDir Path dir;

  @Test
  void testStudy_pluginAndCliWriteIdenticalOutputs() throws Exception {
    Path maven = dir.resolve("maven");
    Path cli = dir.resolve("cli");
    runMojos(maven);
    runCli(cli);
    List<String> files = outputs(maven);
    assertEquals(files, outputs(cli), "the two front ends wrote different files");
    assertTrue(files.size() >= 15, "only " + files.size() + " outputs: " + files);
    int bytewise = 0;
    for (String file : files) {
      byte[] a = Files.readAllBytes(maven.resolve(file));
      byte[] b = Files.readAllBytes(cli.resolve(file));
      if (file.endsWith(".json")) {
        assertEquals(withoutRunFacts(a), withoutRunFacts(b), file + " differs between the mojo and the command");
      } else {
        assertArrayEquals(a, b, file + " differs between the mojo and the command");
        bytewise++;
      }
    }
    assertTrue(bytewise >= 10, bytewise + " files compared byte for byte");
  }

  /**
   * Every output but the step manifests (which hash the others, wall times included), the zip (its
   * entries are compared as files) and the reports' prose pages (their tables hold wall times).
   */
  private static List<String> outputs(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.endsWith("nml-step.json") && !n.endsWith(".zip") && !n.endsWith(".md")
              && !n.endsWith(".html") && !n.contains(".nml-work"))
          .sorted().toList();
    }
  }

  private static JsonNode withoutRunFacts(byte[] json) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(json);
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      names.stream().filter(n -> RUN_FACT.matcher(n).find()).forEach(o::remove);
    }
    node.forEach(PluginCliIdentityTest::strip);
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
