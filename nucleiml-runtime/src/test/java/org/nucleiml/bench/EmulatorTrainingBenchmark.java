package org.nucleiml.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;

/**
 * Hand-run measurement (not JMH, one run is minutes): trains the emulator with the study's defaults on
 * a synthetic data set of {@code samples} NMP sets x 5 nuclei and prints the report as JSON.
 *
 * <p>Usage: {@code java -cp <test classpath> org.nucleiml.bench.EmulatorTrainingBenchmark [samples]
 * [threads] [workdir] [study|fast]}. "fast" trains the classifier with batch 128, learning rate 1e-3, at most
 * 60 epochs and the regressor for at most 150 epochs, both with patience 10-15, instead of the study's
 * 800/500 epochs.
 */
public final class EmulatorTrainingBenchmark {

  private EmulatorTrainingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path work = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "target/bench-emulator"));
    Path data = SyntheticSamples.write(work.resolve("samples.csv"), samples, 2025L);
    TrainingConfig config = TrainingConfig.defaults(data, work.resolve("emulator")).withRun(1L, threads);
    if (args.length > 3 && args[3].equals("fast")) {
      config = config.withNetworks(NetworkConfig.STUDY_CLASSIFIER.withOptimiser(1e-3, 128).withMaxEpochs(60)
          .withStopping(10, 10), NetworkConfig.STUDY_REGRESSOR.withMaxEpochs(150).withStopping(20, 15));
    }
    TrainingReport report = EmulatorTraining.run(config, System.err::println);
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper()
        .writerWithDefaultPrettyPrinter().writeValueAsString(report));
  }
}
