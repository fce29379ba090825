package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * Everything one emulator training run needs, validated at construction.
 *
 * @param data the samples.csv data set
 * @param output the artifact directory (e.g. target/nml/emulator)
 * @param zip the artifact zip, or null for none
 * @param datasetManifest the data set's manifest (dataset.json), stored as-is; may be null
 * @param seed fixes splits, initialisation and shuffling
 * @param threads worker threads, >= 1 (never changes the models)
 * @param physicsFeatures whether to add A^(1/3), (N-Z)/A and Z^2/A^(1/3) to the inputs
 * @param classifier classifier hyper-parameters
 * @param regressor regressor hyper-parameters
 * @param regressionLoss MAPE, MSE or HUBER
 * @param targetScaling how regression targets are scaled inside the network
 * @param separateTargets one regression network per observable instead of one with two outputs
 * @param classifierSplit grouped split for the classifier (training/validation/test)
 * @param regressorSplit grouped split for the regressor
 * @param baselines names of Tribuo baseline trainers also trained and scored (see {@link BaselineTrainers})
 * @param hasCouplings exact pre-filter of the classifier, or null for none
 * @param ensembleSize regressor members M, >= 1; member 0 is the single regressor of M = 1, so M = 1
 *     writes exactly the artifact of a run without ensembles
 * @param calibrateVariance fit the ensemble's variance scale on the validation split (needs M >= 2)
 * @param varianceCalibration how calibrateVariance fits it (see {@link CalibrationMethod})
 */
public record TrainingConfig(Path data, Path output, Path zip, JsonNode datasetManifest, long seed, int threads,
    boolean physicsFeatures, NetworkConfig classifier, NetworkConfig regressor, LossFunction regressionLoss,
    TargetScaling targetScaling, boolean separateTargets, GroupedSplit classifierSplit, GroupedSplit regressorSplit,
    List<String> baselines, Predicate<NuclearMatterParameters> hasCouplings, int ensembleSize,
    boolean calibrateVariance, CalibrationMethod varianceCalibration) {

  /** The largest ensemble accepted: beyond it the spread is no better estimated, only slower. */
  public static final int MAX_ENSEMBLE_SIZE = 64;

  /** Validates every field. */
  public TrainingConfig {
    if (data == null) {
      throw new InvalidParameterException("data", null, "the path of samples.csv");
    }
    if (output == null) {
      throw new InvalidParameterException("output", null, "the artifact directory");
    }
    Checks.positive("threads", threads);
    require("classifier", classifier);
    require("regressor", regressor);
    require("target_scaling", targetScaling);
    require("classifier_split", classifierSplit);
    require("regressor_split", regressorSplit);
    if (regressionLoss == null || regressionLoss == LossFunction.CROSS_ENTROPY) {
      throw new InvalidParameterException("loss", regressionLoss, "MAPE, MSE or HUBER");
    }
    baselines = List.copyOf(baselines);
    baselines.forEach(BaselineTrainers::check);
    if (ensembleSize < 1 || ensembleSize > MAX_ENSEMBLE_SIZE) {
      throw new InvalidParameterException("ensembleSize", ensembleSize, "an integer in [1, " + MAX_ENSEMBLE_SIZE + "]");
    }
    if (calibrateVariance && ensembleSize < 2) {
      throw new InvalidParameterException("calibrateVariance", true,
          "false unless ensembleSize >= 2 (one network has no spread to calibrate)");
    }
    require("varianceCalibration", varianceCalibration);
    if (varianceCalibration != CalibrationMethod.GLOBAL && !calibrateVariance) {
      throw new InvalidParameterException("varianceCalibration", varianceCalibration.text(),
          CalibrationMethod.DEFAULT + " unless calibrateVariance is true (the method of a calibration that does not run)");
    }
  }

  /**
   * The defaults: seed 1, one thread, physics features on, {@link NetworkConfig#CLASSIFIER} and
   * {@link NetworkConfig#REGRESSOR} (measured on real data), the study's splits 70/15/15 and 70/21/9.
   */
  public static TrainingConfig defaults(Path data, Path output) {
    return new TrainingConfig(data, output, output.resolveSibling(output.getFileName() + ".zip"), null, 1L, 1,
        true, NetworkConfig.CLASSIFIER, NetworkConfig.REGRESSOR, LossFunction.MAPE, TargetScaling.PER_NUCLEUS,
        false, new GroupedSplit(0.70, 0.15, 0.15), new GroupedSplit(0.70, 0.21, 0.09), List.of(), null, 1, false,
        CalibrationMethod.GLOBAL);
  }

  /** A copy with another seed and thread count. */
  public TrainingConfig withRun(long newSeed, int newThreads) {
    return new TrainingConfig(data, output, zip, datasetManifest, newSeed, newThreads, physicsFeatures, classifier,
        regressor, regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, baselines,
        hasCouplings, ensembleSize, calibrateVariance, varianceCalibration);
  }

  /** A copy with other network settings. */
  public TrainingConfig withNetworks(NetworkConfig newClassifier, NetworkConfig newRegressor) {
    return new TrainingConfig(data, output, zip, datasetManifest, seed, threads, physicsFeatures, newClassifier,
        newRegressor, regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, baselines,
        hasCouplings, ensembleSize, calibrateVariance, varianceCalibration);
  }

  /** A copy with other regression choices and features. */
  public TrainingConfig withModelling(boolean newPhysicsFeatures, LossFunction newLoss, TargetScaling newScaling,
      boolean newSeparateTargets) {
    return new TrainingConfig(data, output, zip, datasetManifest, seed, threads, newPhysicsFeatures, classifier,
        regressor, newLoss, newScaling, newSeparateTargets, classifierSplit, regressorSplit, baselines, hasCouplings,
        ensembleSize, calibrateVariance, varianceCalibration);
  }

  /** A copy with a manifest, baselines and a coupling pre-filter. */
  public TrainingConfig withExtras(JsonNode manifest, List<String> newBaselines,
      Predicate<NuclearMatterParameters> newHasCouplings) {
    return new TrainingConfig(data, output, zip, manifest, seed, threads, physicsFeatures, classifier, regressor,
        regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, newBaselines, newHasCouplings,
        ensembleSize, calibrateVariance, varianceCalibration);
  }

  /** A copy with other grouped splits. */
  public TrainingConfig withSplits(GroupedSplit newClassifierSplit, GroupedSplit newRegressorSplit) {
    return new TrainingConfig(data, output, zip, datasetManifest, seed, threads, physicsFeatures, classifier,
        regressor, regressionLoss, targetScaling, separateTargets, newClassifierSplit, newRegressorSplit, baselines,
        hasCouplings, ensembleSize, calibrateVariance, varianceCalibration);
  }

  /** A copy reading another data set. */
  public TrainingConfig withData(Path newData) {
    return new TrainingConfig(newData, output, zip, datasetManifest, seed, threads, physicsFeatures, classifier,
        regressor, regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, baselines,
        hasCouplings, ensembleSize, calibrateVariance, varianceCalibration);
  }

  /**
   * A copy training {@code size} regressor members (mean and spread per output), optionally with the
   * spread's variance calibrated on the validation split.
   */
  public TrainingConfig withEnsemble(int size, boolean calibrate) {
    return new TrainingConfig(data, output, zip, datasetManifest, seed, threads, physicsFeatures, classifier,
        regressor, regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, baselines,
        hasCouplings, size, calibrate, calibrate ? varianceCalibration : CalibrationMethod.GLOBAL);
  }

  /**
   * A copy training {@code size} regressor members whose variance is calibrated with {@code method} on the
   * validation split (null: no calibration).
   */
  public TrainingConfig withEnsemble(int size, CalibrationMethod method) {
    return new TrainingConfig(data, output, zip, datasetManifest, seed, threads, physicsFeatures, classifier,
        regressor, regressionLoss, targetScaling, separateTargets, classifierSplit, regressorSplit, baselines,
        hasCouplings, size, method != null, method == null ? CalibrationMethod.GLOBAL : method);
  }

  private static void require(String name, Object value) {
    if (value == null) {
      throw new InvalidParameterException(name, null, "a value");
    }
  }
}
