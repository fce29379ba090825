package org.nucleiml.validation;

/**
 * All classifier metrics of one sample.
 *
 * @param binary the two-class metrics
 * @param scores the scores of the predicted probabilities, or null when none were given
 * @param fourClass the four-class metrics, or null when no four-class labels were given
 */
public record ClassifierMetrics(ClassificationMetrics binary, ProbabilityScores scores,
    ClassificationMetrics fourClass) {

  /** The metrics of the classifier's predictions. */
  public static ClassifierMetrics of(ClassifierInput input) {
    double[] p = input.probabilityAdmissible();
    return new ClassifierMetrics(
        ClassificationMetrics.of(input.binary()),
        p == null ? null : ProbabilityScores.of(p, input.trulyAdmissible()),
        input.fourClass() == null ? null : ClassificationMetrics.of(input.fourClass()));
  }
}
