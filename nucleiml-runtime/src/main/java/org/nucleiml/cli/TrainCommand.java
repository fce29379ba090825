package org.nucleiml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.matter.CouplingInverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nml train}: trains the emulator from samples.csv, writes the artifact and prints the test
 * figures as JSON; progress lines go to stderr.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the emulator (classifier + regressor) from samples.csv and write the artifact.")
public final class TrainCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "The samples.csv data set.")
  private Path data;

  @Option(names = "--output", required = true, description = "The artifact directory (a .zip is written beside it).")
  private Path output;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of splits, initialisation and shuffling.")
  private long seed;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (the models do not depend on it).")
  private int threads;

  @Option(names = "--epochs", description = "Maximum epochs of both networks (default: 200 and 500).")
  private Integer epochs;

  @Option(names = "--exact-coupling-filter", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Decide the no-couplings rows exactly with the inverse map instead of learning them, as the "
          + "nml:train step does (default: ${DEFAULT-VALUE}).")
  private boolean exactCouplingFilter;

  @Override
  public Integer call() throws Exception {
    try {
      TrainingConfig config = withFilter(TrainingConfig.defaults(data, output).withRun(seed, threads));
      if (epochs != null) {
        config = config.withNetworks(config.classifier().withMaxEpochs(epochs), config.regressor().withMaxEpochs(epochs));
      }
      TrainingReport report = EmulatorTraining.run(config, line -> spec.commandLine().getErr().println(line));
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(report));
      return 0;
    } catch (InvalidParameterException e) {
      spec.commandLine().getErr().println("nml train: " + e.getMessage());
      return 1;
    }
  }

  /** Adds the data set's manifest and, unless switched off, the exact filter, wired like TrainStep. */
  private TrainingConfig withFilter(TrainingConfig config) throws IOException {
    Path manifestFile = data.resolveSibling("dataset.json");
    JsonNode manifest = Files.isRegularFile(manifestFile) ? new ObjectMapper().readTree(manifestFile.toFile()) : null;
    ModelConstants constants = constants(manifest);
    return config.withExtras(manifest, config.baselines(),
        exactCouplingFilter ? nmp -> CouplingInverter.invert(nmp, constants).hasCouplings() : null);
  }

  // Couplings exist depending on the meson and nucleon masses only, so the data set's own masses are
  // used when its manifest records them (the same rule as org.nucleiml.study.TrainStep).
  private static ModelConstants constants(JsonNode manifest) {
    JsonNode s = manifest == null ? null : manifest.path("solver");
    if (s == null || !s.has("nucleon_mass")) {
      return ModelConstants.STUDY;
    }
    return new ModelConstants(s.path("m_sigma").asDouble(), s.path("m_omega").asDouble(),
        s.path("m_rho").asDouble(), s.path("nucleon_mass").asDouble());
  }
}
