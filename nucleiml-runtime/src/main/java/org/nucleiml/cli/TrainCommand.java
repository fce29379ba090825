package org.nucleiml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.study.TrainStep;
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
      TrainingConfig config = TrainStep.withDatasetManifest(
          TrainingConfig.defaults(data, output).withRun(seed, threads), exactCouplingFilter);
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
}
