package org.nucleiml.emulator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The figures of one emulator training run, all on the held-out test split.
 *
 * @param classifier admissibility figures (the emulator's gate, pre-filter included)
 * @param regressors one entry per target
 * @param baselines per baseline name: its score (classification accuracy, mean within-1% fraction)
 * @param trainingRows rows used for training the classifier and the regressor
 * @param wallTimeSeconds wall time of the whole run
 * @param output the artifact directory
 * @param zip the artifact zip, or null
 */
public record TrainingReport(ClassifierFigures classifier, List<RegressorFigures> regressors,
    Map<String, Map<String, Double>> baselines, Map<String, Integer> trainingRows, double wallTimeSeconds,
    Path output, Path zip) {

  /**
   * Classification figures.
   *
   * @param accuracy fraction of test rows classified right
   * @param perClass per label: precision, recall and F1
   * @param testRows test rows
   * @param couplingPrefilter whether an exact pre-filter was used
   * @param epochs epochs run
   * @param bestEpoch epoch kept
   */
  public record ClassifierFigures(double accuracy, Map<String, ClassFigures> perClass, int testRows,
      boolean couplingPrefilter, int epochs, int bestEpoch) {}

  /**
   * Precision, recall and F1 of one class.
   *
   * @param precision true positives over predicted positives
   * @param recall true positives over actual positives
   * @param f1 their harmonic mean
   */
  public record ClassFigures(double precision, double recall, double f1) {}

  /**
   * Regression figures of one target.
   *
   * @param target the target name
   * @param withinOnePercent fraction of test rows with |relative error| <= 1%
   * @param withinHalfPercent fraction with |relative error| <= 0.5%
   * @param mape mean absolute percentage error
   * @param r2 coefficient of determination over all test rows
   * @param r2PerNucleus R^2 per nucleus
   * @param testRows test rows
   * @param epochs epochs run by the network predicting this target
   * @param bestEpoch epoch kept
   */
  public record RegressorFigures(String target, double withinOnePercent, double withinHalfPercent, double mape,
      double r2, Map<String, Double> r2PerNucleus, int testRows, int epochs, int bestEpoch) {}
}
