package org.nucleiml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.study.config.TrainConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nml train}: the nml:train goal from the command line, mapping options onto
 * {@link TrainConfiguration} (same defaults, same up-to-date check). Prints the test figures as JSON
 * when it trained; progress lines go to stderr.
 */
@Command(name = TrainConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Train the emulator (classifier + regressor) from samples.csv and write the artifact.")
public final class TrainCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;
  @Mixin private StepOptions step;

  @Option(names = "--data", required = true, description = "The samples.csv data set.")
  private Path data;

  @Option(names = "--output", required = true, description = "The artifact directory (a .zip is written beside it).")
  private Path output;

  @Option(names = "--seed", defaultValue = TrainConfiguration.DEFAULT_SEED,
      description = "Seed of splits, initialisation and shuffling.")
  private long seed;

  @Option(names = "--epochs", description = "Caps the epochs of both networks (their minimum epochs lowered to"
      + " fit); default: the classifier " + NetworkConfig.Defaults.CLASSIFIER_MAX_EPOCHS + ", the regressor "
      + NetworkConfig.Defaults.REGRESSOR_MAX_EPOCHS + ".")
  private Integer epochs;

  @Option(names = "--regression-loss", defaultValue = TrainConfiguration.DEFAULT_REGRESSION_LOSS,
      description = "MAPE, MSE or HUBER.")
  private String regressionLoss;

  @Option(names = "--target-scaling", defaultValue = TrainConfiguration.DEFAULT_TARGET_SCALING,
      description = "none, global or per-nucleus.")
  private String targetScaling;

  @Option(names = "--classifier-split", defaultValue = TrainConfiguration.DEFAULT_CLASSIFIER_SPLIT,
      description = "Training/validation/test percent.")
  private String classifierSplit;

  @Option(names = "--regressor-split", defaultValue = TrainConfiguration.DEFAULT_REGRESSOR_SPLIT,
      description = "Training/validation/test percent.")
  private String regressorSplit;

  @Option(names = "--baselines", split = ",", description = "Tribuo baselines: cart, random-forest, linear.")
  private List<String> baselines = List.of();

  @Option(names = "--exact-coupling-filter", negatable = true,
      defaultValue = TrainConfiguration.DEFAULT_EXACT_COUPLING_FILTER, fallbackValue = "true",
      description = "Decide the no-couplings rows exactly with the inverse map (default: ${DEFAULT-VALUE}).")
  private boolean exactCouplingFilter;

  @Option(names = "--ensemble-size", defaultValue = TrainConfiguration.DEFAULT_ENSEMBLE_SIZE,
      description = "Regressor members M: prediction = mean, uncertainty = spread (default: ${DEFAULT-VALUE}).")
  private int ensembleSize;

  @Option(names = "--calibrate-variance", negatable = true,
      defaultValue = TrainConfiguration.DEFAULT_CALIBRATE_VARIANCE, fallbackValue = "true",
      description = "Scale each output's ensemble variance to unit standardised residuals on the validation split"
      + " (needs --ensemble-size >= 2; default: ${DEFAULT-VALUE}).")
  private boolean calibrateVariance;

  @Option(names = "--variance-calibration", defaultValue = TrainConfiguration.DEFAULT_VARIANCE_CALIBRATION,
      description = "How --calibrate-variance fits the scale: global (one unit-variance factor per output),"
      + " per-nucleus (one per nucleus and output), quantile or per-nucleus-quantile (95%% of the validation"
      + " rows inside the 95%% interval); default: ${DEFAULT-VALUE}.")
  private String varianceCalibration;

  @Override
  public Integer call() throws Exception {
    TrainConfiguration config = new TrainConfiguration().data(data).outputDirectory(output).seed(seed)
        .regressionLoss(regressionLoss).targetScaling(targetScaling).splits(classifierSplit, regressorSplit)
        .baselines(baselines).exactCouplingFilter(exactCouplingFilter).ensembleSize(ensembleSize)
        .calibrateVariance(calibrateVariance).varianceCalibration(varianceCalibration);
    if (epochs != null) {
      config.maxEpochs(epochs);
    }
    Optional<TrainingReport> report = config.train(step.context());
    if (report.isPresent()) {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(report.get()));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
