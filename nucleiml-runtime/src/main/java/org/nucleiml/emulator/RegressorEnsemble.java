package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The trained regressor members of an emulator and the variance scale of each output. Member m holds
 * one model per target group (one with both targets, or one per target with separateTargets). All
 * members share the training split, so their input and target scalers are the same; only the seed of
 * initialisation and shuffling differs.
 *
 * @param members the members, member 0 first (the regressor of an ensemble of one)
 * @param varianceScale per output in {@link SampleDatasets#TARGETS} order (binding energy, charge
 *     radius): the factor the members' sample variance is multiplied by; 1 without calibration
 */
public record RegressorEnsemble(List<List<NeuralRegressionModel>> members, List<Double> varianceScale) {

  /** Copies the lists; requires at least one member and one scale per output. */
  public RegressorEnsemble {
    members = members.stream().map(List::copyOf).toList();
    varianceScale = List.copyOf(varianceScale);
    if (members.isEmpty()) {
      throw new InvalidParameterException("ensembleSize", 0, "at least one regressor member");
    }
    if (varianceScale.size() != SampleDatasets.TARGETS.size()) {
      throw new InvalidParameterException("variance scale", varianceScale, "one factor per output "
          + SampleDatasets.TARGETS);
    }
    for (double s : varianceScale) {
      if (!(s > 0 && Double.isFinite(s))) {
        throw new InvalidParameterException("variance scale", varianceScale, "finite factors > 0");
      }
    }
  }

  /** An uncalibrated ensemble (every variance scale 1). */
  public static RegressorEnsemble uncalibrated(List<List<NeuralRegressionModel>> members) {
    return new RegressorEnsemble(members, List.of(1.0, 1.0));
  }

  /** The number of members M. */
  public int size() {
    return members.size();
  }

  /** Member 0's models: the regressor of an ensemble of one. */
  public List<NeuralRegressionModel> first() {
    return members.get(0);
  }
}
