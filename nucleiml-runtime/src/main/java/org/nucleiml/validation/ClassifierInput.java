package org.nucleiml.validation;

import org.nucleiml.InvalidParameterException;

/**
 * What the classifier predicted on one sample: the two-class labels, optionally the predicted
 * probability of the admissible class, and optionally the four-class labels of the same or other points.
 *
 * @param binary true and predicted two-class labels; must contain {@link #ADMISSIBLE} when
 *     probabilities are given
 * @param probabilityAdmissible the predicted probability of {@link #ADMISSIBLE} per point, or null
 * @param fourClass true and predicted four-class labels, or null
 */
public record ClassifierInput(LabelledPredictions binary, double[] probabilityAdmissible,
    LabelledPredictions fourClass) {

  /** The label whose probability is given. */
  public static final String ADMISSIBLE = "admissible";

  /** Validates that probabilities, when given, match the binary labels one to one. */
  public ClassifierInput {
    if (binary == null) {
      throw new InvalidParameterException("binary", null, "two-class true and predicted labels");
    }
    if (probabilityAdmissible != null) {
      probabilityAdmissible = probabilityAdmissible.clone();
      if (probabilityAdmissible.length != binary.size()) {
        throw new InvalidParameterException("probabilityAdmissible", probabilityAdmissible.length + " values",
            binary.size() + " values, one per labelled point");
      }
      if (!binary.labels().contains(ADMISSIBLE)) {
        throw new InvalidParameterException("labels", binary.labels(), "a list containing '" + ADMISSIBLE
            + "' when probabilities of it are given");
      }
    }
  }

  /** The predicted probabilities of admissible, or null. */
  @Override
  public double[] probabilityAdmissible() {
    return probabilityAdmissible == null ? null : probabilityAdmissible.clone();
  }

  /** Whether each point is truly admissible (only meaningful when the labels contain it). */
  boolean[] trulyAdmissible() {
    int admissible = binary.labels().indexOf(ADMISSIBLE);
    int[] truth = binary.truth();
    boolean[] positive = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      positive[i] = truth[i] == admissible;
    }
    return positive;
  }
}
