package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.CalibrationMethod;
import org.nucleiml.emulator.GroupedSplit;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.TargetScaling;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.study.TrainStep;

/** Configuration of the train step (nml:train, {@code nml train}): the emulator from samples.csv. */
public final class TrainConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "train";
  /** Default seed of splits, initialisation and shuffling (the study seed). */
  public static final String DEFAULT_SEED = GenerateConfiguration.DEFAULT_SEED;
  /** Default regression loss. */
  public static final String DEFAULT_REGRESSION_LOSS = "MAPE";
  /** Default target scaling. */
  public static final String DEFAULT_TARGET_SCALING = "per-nucleus";
  /** Default classifier split, percent. */
  public static final String DEFAULT_CLASSIFIER_SPLIT = "70/15/15";
  /** Default regressor split, percent. */
  public static final String DEFAULT_REGRESSOR_SPLIT = "70/21/9";
  /** Default of the physics features. */
  public static final String DEFAULT_PHYSICS_FEATURES = "true";
  /** Default regressor ensemble size (one network, no uncertainty). */
  public static final String DEFAULT_ENSEMBLE_SIZE = "1";
  /** Default of the ensemble's variance calibration. */
  public static final String DEFAULT_CALIBRATE_VARIANCE = "false";
  /** Default method of the variance calibration. */
  public static final String DEFAULT_VARIANCE_CALIBRATION = CalibrationMethod.DEFAULT;
  /** Default of the exact no-couplings filter. */
  public static final String DEFAULT_EXACT_COUPLING_FILTER = "true";

  private static final List<LossFunction> REGRESSION_LOSSES = List.of(LossFunction.MAPE, LossFunction.MSE,
      LossFunction.HUBER);

  private Path data;
  private Path outputDirectory;
  private long seed = Long.parseLong(DEFAULT_SEED);
  private NetworkConfig classifier = NetworkConfig.CLASSIFIER;
  private NetworkConfig regressor = NetworkConfig.REGRESSOR;
  private String regressionLoss = DEFAULT_REGRESSION_LOSS;
  private String targetScaling = DEFAULT_TARGET_SCALING;
  private boolean separateTargets;
  private boolean physicsFeatures = Boolean.parseBoolean(DEFAULT_PHYSICS_FEATURES);
  private String classifierSplit = DEFAULT_CLASSIFIER_SPLIT;
  private String regressorSplit = DEFAULT_REGRESSOR_SPLIT;
  private List<String> baselines = List.of();
  private boolean exactCouplingFilter = Boolean.parseBoolean(DEFAULT_EXACT_COUPLING_FILTER);
  private int ensembleSize = Integer.parseInt(DEFAULT_ENSEMBLE_SIZE);
  private boolean calibrateVariance = Boolean.parseBoolean(DEFAULT_CALIBRATE_VARIANCE);
  private String varianceCalibration = DEFAULT_VARIANCE_CALIBRATION;

  @Override
  public String goal() {
    return GOAL;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    train(context);
  }

  /** Trains unless up to date; the test figures, empty when nothing ran. */
  public Optional<TrainingReport> train(StepContext context) throws IOException, InterruptedException {
    return new TrainStep(trainingConfig(context.threads()), exactCouplingFilter, context.info()).run();
  }

  /** The validated training run. */
  TrainingConfig trainingConfig(int threads) {
    if (data == null || outputDirectory == null) {
      throw new InvalidParameterException(data == null ? "data" : "outputDirectory", null,
          data == null ? "the path of samples.csv" : "the emulator directory");
    }
    return TrainingConfig.defaults(data, outputDirectory).withRun(seed, threads)
        .withNetworks(classifier, regressor)
        .withModelling(physicsFeatures, loss(), TargetScaling.parse(targetScaling), separateTargets)
        .withSplits(GroupedSplit.parse("classifierSplit", classifierSplit), GroupedSplit.parse("regressorSplit", regressorSplit))
        .withExtras(null, baselines, null)
        .withEnsemble(ensembleSize, calibrateVariance ? CalibrationMethod.parse("varianceCalibration", varianceCalibration)
            : uncalibrated());
  }

  /** Null (no calibration), after checking that no other method than the default was asked for. */
  private CalibrationMethod uncalibrated() {
    if (CalibrationMethod.parse("varianceCalibration", varianceCalibration) != CalibrationMethod.GLOBAL) {
      throw new InvalidParameterException("varianceCalibration", varianceCalibration,
          DEFAULT_VARIANCE_CALIBRATION + " unless calibrateVariance is true (the method of a calibration that does not run)");
    }
    return null;
  }

  private LossFunction loss() {
    String text = regressionLoss == null ? "" : regressionLoss.trim().toUpperCase(Locale.ROOT);
    return REGRESSION_LOSSES.stream().filter(f -> f.name().equals(text)).findFirst()
        .orElseThrow(() -> new InvalidParameterException("regressionLoss", regressionLoss, "MAPE, MSE or HUBER"));
  }

  /** The emulator zip written beside the emulator directory. */
  public Path zip() {
    return outputDirectory.resolveSibling(outputDirectory.getFileName() + ".zip");
  }

  /** The training data set written by the generate step. */
  public TrainConfiguration data(Path value) {
    data = value;
    return this;
  }

  /** The emulator directory; the zip goes beside it. */
  public TrainConfiguration outputDirectory(Path value) {
    outputDirectory = value;
    return this;
  }

  /** Seed of the splits, weight initialisation and shuffling. */
  public TrainConfiguration seed(long value) {
    seed = value;
    return this;
  }

  /** The classifier's hyper-parameters so far (default {@link NetworkConfig#CLASSIFIER}). */
  public NetworkConfig classifier() {
    return classifier;
  }

  /** Classifier hyper-parameters. */
  public TrainConfiguration classifier(NetworkConfig value) {
    classifier = Objects.requireNonNull(value, "classifier");
    return this;
  }

  /** The regressor's hyper-parameters so far (default {@link NetworkConfig#REGRESSOR}). */
  public NetworkConfig regressor() {
    return regressor;
  }

  /** Regressor hyper-parameters. */
  public TrainConfiguration regressor(NetworkConfig value) {
    regressor = Objects.requireNonNull(value, "regressor");
    return this;
  }

  /** Caps both networks at {@code epochs} epochs (their minimums lowered to fit). */
  public TrainConfiguration maxEpochs(int epochs) {
    classifier = classifier.withMaxEpochs(epochs);
    regressor = regressor.withMaxEpochs(epochs);
    return this;
  }

  /** MAPE, MSE or HUBER. */
  public TrainConfiguration regressionLoss(String value) {
    regressionLoss = value;
    return this;
  }

  /** none, global or per-nucleus. */
  public TrainConfiguration targetScaling(String value) {
    targetScaling = value;
    return this;
  }

  /** One regression network per observable instead of one with two outputs. */
  public TrainConfiguration separateTargets(boolean value) {
    separateTargets = value;
    return this;
  }

  /** Add A^(1/3), (N-Z)/A and Z^2/A^(1/3) to the 7 NMPs, N and Z. */
  public TrainConfiguration physicsFeatures(boolean value) {
    physicsFeatures = value;
    return this;
  }

  /** Grouped splits training/validation/test in percent, e.g. 70/15/15. */
  public TrainConfiguration splits(String classifierValue, String regressorValue) {
    classifierSplit = classifierValue;
    regressorSplit = regressorValue;
    return this;
  }

  /** Tribuo baselines also trained and scored: cart, random-forest, linear. */
  public TrainConfiguration baselines(List<String> value) {
    baselines = value == null ? List.of() : List.copyOf(value);
    return this;
  }

  /** Regressor members M (mean and spread per output); 1 is a single network. */
  public TrainConfiguration ensembleSize(int value) {
    ensembleSize = value;
    return this;
  }

  /** Fit one variance scale per output on the validation split (needs ensembleSize >= 2). */
  public TrainConfiguration calibrateVariance(boolean value) {
    calibrateVariance = value;
    return this;
  }

  /**
   * How calibrateVariance fits the variance scale: global, per-nucleus, quantile or per-nucleus-quantile
   * (see {@link CalibrationMethod}).
   */
  public TrainConfiguration varianceCalibration(String value) {
    varianceCalibration = value;
    return this;
  }

  /** Apply the inverse map exactly for the no-couplings class. */
  public TrainConfiguration exactCouplingFilter(boolean value) {
    exactCouplingFilter = value;
    return this;
  }
}
