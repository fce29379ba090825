package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.MassPredictConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml predict-masses}: the nml:predict-masses goal from the command line, options onto
 * {@link MassPredictConfiguration}; exit code 3 when a gate is missed.
 */
@Command(name = MassPredictConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Predict B(Z, N) with a released mass model (mass-model.zip) for listed nuclei and/or score it "
        + "on a data set; check gates.")
public final class PredictMassesCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--mass-model", required = true,
      description = "The release: mass-model.zip or the output directory of train-masses.")
  private Path massModel;

  @Option(names = "--dataset", description = "A dataset output directory to predict and score on.")
  private Path dataset;

  @Option(names = "--nuclei", description = "Nuclei to predict, e.g. 132Sn,208Pb,Ni-78.")
  private String nuclei;

  @Option(names = "--gate", description = "e.g. maxRmsKeV[B-III@test]=306 (needs --dataset; repeatable).")
  private List<String> gates = List.of();

  @Option(names = "--fail-on-gate", negatable = true, defaultValue = FailOnGate.DEFAULT, fallbackValue = "true",
      description = "Whether a missed gate fails (exit 3) or only warns.")
  private boolean failOnGate;

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    MassPredictConfiguration configuration = new MassPredictConfiguration().massModel(massModel).dataset(dataset)
        .outputDirectory(output).failOnGate(failOnGate);
    if (nuclei != null) {
      configuration.nuclei("--nuclei", nuclei);
    }
    gates.forEach(configuration::gate);
    return step.run(configuration);
  }
}
