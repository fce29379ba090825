package org.nucleiml.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.emulator.NetworkConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tests for the plugin's parameter mapping: every goal has an {@code nml} command with the same
 * defaults, nested POM forms map onto the runtime's values, and runtime failures become the right
 * Maven failure.
 */
class ParameterMappingTest {

  private static final List<Class<? extends AbstractNmlMojo>> MOJOS = List.of(GenerateMojo.class,
      TrainMojo.class, ValidateMojo.class, PosteriorMojo.class, ReportMojo.class, DatasetMojo.class,
      TrainMassesMojo.class, ValidateMassesMojo.class, PredictMassesMojo.class, ReportMassesMojo.class);

  @TempDir File dir;

  @Test
  void testDefaults_everyGoalHasACommandWithTheSameDefaults() throws Exception {
    CommandLine nml = NmlCommand.commandLine();
    int compared = 0;
    for (Class<? extends AbstractNmlMojo> mojo : MOJOS) {
      String goal = MojoDefaults.goalOf(mojo);
      CommandLine command = nml.getSubcommands().get(goal);
      assertNotNull(command, "nml has no command for the goal " + goal);
      for (Map.Entry<String, String> d : MojoDefaults.written(goal).entrySet()) {
        OptionSpec option = command.getCommandSpec().findOption("--" + kebab(d.getKey()));
        if (option != null) {
          // an option without a default would leave the value to the configuration type, which may differ
          // (a boolean flag without one is false when absent)
          String cliDefault = option.defaultValue() == null && option.typeInfo().isBoolean() ? "false"
              : option.defaultValue();
          assertNotNull(cliDefault, goal + " --" + kebab(d.getKey()) + " has no default; the goal's is " + d.getValue());
          assertEquals(d.getValue(), cliDefault, goal + " parameter " + d.getKey());
          compared++;
        }
      }
    }
    assertTrue(compared >= 25, "only " + compared + " defaults compared");
  }

  @Test
  void testNetworkConfiguration_overKeepsUnsetValuesAndLowersTheMinimum() {
    NetworkConfiguration pom = new NetworkConfiguration();
    pom.maxEpochs = 10;
    pom.hiddenLayers = "32, 16";
    NetworkConfig n = pom.over("classifier", NetworkConfig.CLASSIFIER);
    assertEquals(List.of(32, 16), n.hiddenLayers());
    assertEquals(10, n.maxEpochs());
    assertEquals(10, n.minEpochs());
    assertEquals(NetworkConfig.CLASSIFIER.learningRate(), n.learningRate());
    assertEquals(NetworkConfig.CLASSIFIER.patience(), n.patience());
  }

  @Test
  void testNetworkConfiguration_namesTheNetworkInErrors() {
    NetworkConfiguration pom = new NetworkConfiguration();
    pom.learningRate = -0.001;
    org.nucleiml.InvalidParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.nucleiml.InvalidParameterException.class, () -> pom.over("regressor", NetworkConfig.REGRESSOR));
    assertTrue(e.parameter().startsWith("regressor."), e.getMessage());
  }

  @Test
  void testBoxConfiguration_replacesOnlyTheGivenEnd() {
    BoxConfiguration pom = new BoxConfiguration();
    pom.K0 = new RangeConfiguration();
    pom.K0.min = 200.0;
    var box = pom.toBox();
    assertEquals(200.0, box.range("K0").min());
    assertEquals(300.0, box.range("K0").max());
    assertEquals(0.14, box.range("rho0").min());
  }

  @Test
  void testExecute_badParameterIsAConfigurationFailureNamingIt() {
    GenerateMojo mojo = new GenerateMojo();
    MojoFields.set(mojo, Map.of("samples", 0L, "nuclei", "16O", "seed", 42L, "design", "uniform",
        "thresholdMode", "relative", "threshold", 0.2, "radiusRelativeThreshold", 0.2, "shards", 1,
        "chunkSize", 25, "outputDirectory", new File(dir, "data")));
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("nml:generate configuration error: samples: found 0, expected an integer > 0", e.getMessage());
  }

  @Test
  void testExecute_missingEmulatorIsAConfigurationFailure() throws Exception {
    PosteriorMojo mojo = new PosteriorMojo();
    MojoFields.set(mojo, MojoDefaults.of(PosteriorMojo.class));
    MojoFields.set(mojo, Map.of("emulatorDirectory", new File(dir, "none"), "outputDirectory", dir,
        "buildCacheEnabled", false));
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("nml:posterior configuration error: emulatorDirectory: found "),
        e.getMessage());
  }

  @Test
  void testExecute_programmingErrorIsNotReportedAsAFailedGate() throws Exception {
    ReportMojo mojo = new ReportMojo();
    // No project: the mapping itself fails with a NullPointerException, a bug, not a result.
    MojoFields.set(mojo, Map.of("studyDirectory", dir, "output", new File(dir, "report.html")));
    assertThrows(NullPointerException.class, mojo::execute);
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
