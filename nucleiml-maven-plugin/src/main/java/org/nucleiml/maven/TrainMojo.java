package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.nucleiml.study.config.StepConfiguration;
import org.nucleiml.study.config.TrainConfiguration;

/**
 * Trains the emulator (admissibility classifier and BE/Rch regressor) and attaches it to the project
 * as a versioned artifact (type zip, classifier emulator).
 */
@Mojo(name = TrainConfiguration.GOAL, defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.TRAIN_SKIP, defaultValue = "false")
  private boolean skipTrain;

  /** The training data set written by nml:generate. */
  @Parameter(property = PropertyNames.TRAIN_DATA, defaultValue = "${project.build.directory}/nml/data/samples.csv")
  private File data;

  /** The emulator directory; the zip is written beside it as emulator.zip. */
  @Parameter(property = PropertyNames.TRAIN_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/emulator")
  private File outputDirectory;

  /** Seed of the splits, weight initialisation and shuffling. */
  @Parameter(property = PropertyNames.SEED, defaultValue = TrainConfiguration.DEFAULT_SEED)
  private long seed;

  /** Classifier hyper-parameters. */
  @Parameter
  private NetworkConfiguration classifier;

  /** Regressor hyper-parameters. */
  @Parameter
  private NetworkConfiguration regressor;

  /** Regression loss: MAPE (the study's), MSE or HUBER. */
  @Parameter(property = PropertyNames.TRAIN_REGRESSION_LOSS, defaultValue = TrainConfiguration.DEFAULT_REGRESSION_LOSS)
  private String regressionLoss;

  /** Target scaling inside the regressor: none, global or per-nucleus. */
  @Parameter(property = PropertyNames.TRAIN_TARGET_SCALING, defaultValue = TrainConfiguration.DEFAULT_TARGET_SCALING)
  private String targetScaling;

  /** One regression network per observable instead of one with two outputs. */
  @Parameter(property = PropertyNames.TRAIN_SEPARATE_TARGETS, defaultValue = "false")
  private boolean separateTargets;

  /** Add A^(1/3), (N-Z)/A and Z^2/A^(1/3) to the 7 NMPs, N and Z. */
  @Parameter(property = PropertyNames.TRAIN_PHYSICS_FEATURES, defaultValue = TrainConfiguration.DEFAULT_PHYSICS_FEATURES)
  private boolean physicsFeatures;

  /** Classifier split training/validation/test in percent (grouped by sample_id). */
  @Parameter(property = PropertyNames.TRAIN_CLASSIFIER_SPLIT, defaultValue = TrainConfiguration.DEFAULT_CLASSIFIER_SPLIT)
  private String classifierSplit;

  /** Regressor split training/validation/test in percent (grouped by sample_id). */
  @Parameter(property = PropertyNames.TRAIN_REGRESSOR_SPLIT, defaultValue = TrainConfiguration.DEFAULT_REGRESSOR_SPLIT)
  private String regressorSplit;

  /** Tribuo baselines also trained and scored: cart, random-forest, linear. */
  @Parameter
  private List<String> baselines;

  /** Apply the inverse map exactly for the no-couplings class; the network learns only the rest. */
  @Parameter(property = PropertyNames.TRAIN_EXACT_COUPLING_FILTER, defaultValue = TrainConfiguration.DEFAULT_EXACT_COUPLING_FILTER)
  private boolean exactCouplingFilter;

  /**
   * Regressor members M, trained with seeds from (seed, member) and in parallel: the prediction is their
   * mean, its uncertainty their sample standard deviation. 1 (the default) is a single network.
   */
  @Parameter(property = PropertyNames.TRAIN_ENSEMBLE_SIZE, defaultValue = TrainConfiguration.DEFAULT_ENSEMBLE_SIZE)
  private int ensembleSize;

  /**
   * Scale each output's ensemble variance so that the standardised residuals on the validation split
   * have unit variance (needs ensembleSize >= 2).
   */
  @Parameter(property = PropertyNames.TRAIN_CALIBRATE_VARIANCE, defaultValue = TrainConfiguration.DEFAULT_CALIBRATE_VARIANCE)
  private boolean calibrateVariance;

  /**
   * How calibrateVariance fits the variance scale on the validation split: global (one unit-variance factor
   * per output), per-nucleus (one per nucleus and output), quantile (one per output, 95% of the validation
   * rows inside the 95% interval) or per-nucleus-quantile.
   */
  @Parameter(property = PropertyNames.TRAIN_VARIANCE_CALIBRATION,
      defaultValue = TrainConfiguration.DEFAULT_VARIANCE_CALIBRATION)
  private String varianceCalibration;

  /** Attach the emulator zip to the project (type zip, classifier emulator) for install/deploy. */
  @Parameter(property = PropertyNames.TRAIN_ATTACH, defaultValue = "true")
  private boolean attach;

  @Component
  private MavenProjectHelper projectHelper;

  private TrainConfiguration configuration;

  @Override
  boolean skipGoal() {
    return skipTrain;
  }

  @Override
  String goalName() {
    return TrainConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    configuration = new TrainConfiguration().data(data.toPath()).outputDirectory(outputDirectory.toPath()).seed(seed)
        .regressionLoss(regressionLoss).targetScaling(targetScaling).separateTargets(separateTargets)
        .physicsFeatures(physicsFeatures).splits(classifierSplit, regressorSplit).baselines(baselines)
        .exactCouplingFilter(exactCouplingFilter).ensembleSize(ensembleSize).calibrateVariance(calibrateVariance)
        .varianceCalibration(varianceCalibration);
    if (classifier != null) {
      configuration.classifier(classifier.over("classifier", configuration.classifier()));
    }
    if (regressor != null) {
      configuration.regressor(regressor.over("regressor", configuration.regressor()));
    }
    return configuration;
  }

  @Override
  void afterRun() {
    if (attach) {
      projectHelper.attachArtifact(project(), "zip", "emulator", configuration.zip().toFile());
    }
  }
}
