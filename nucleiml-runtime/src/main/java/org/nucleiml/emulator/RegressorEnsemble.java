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
 * @param varianceScale the factors the members' sample variance is multiplied by, per output (and
 *     nucleus with a per-nucleus calibration); {@link VarianceScale#NONE} without calibration
 */
public record RegressorEnsemble(List<List<NeuralRegressionModel>> members, VarianceScale varianceScale) {

  /** Copies the lists; requires at least one member and a variance scale. */
  public RegressorEnsemble {
    members = members.stream().map(List::copyOf).toList();
    if (members.isEmpty()) {
      throw new InvalidParameterException("ensembleSize", 0, "at least one regressor member");
    }
    if (varianceScale == null) {
      throw new InvalidParameterException("variance scale", null, "a variance scale (VarianceScale.NONE for none)");
    }
  }

  /** An uncalibrated ensemble (every variance scale 1). */
  public static RegressorEnsemble uncalibrated(List<List<NeuralRegressionModel>> members) {
    return new RegressorEnsemble(members, VarianceScale.NONE);
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
