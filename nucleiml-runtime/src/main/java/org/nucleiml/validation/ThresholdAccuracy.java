package org.nucleiml.validation;

import org.nucleiml.Checks;

/**
 * One row of a Table B2-like sensitivity study: the classifier's accuracy when "admissible" is
 * defined with a given threshold on the distance to experiment.
 *
 * @param threshold the threshold as written in the study, e.g. "20%" or "10 MeV"
 * @param accuracy the classifier's accuracy with that threshold, in [0, 1]
 */
public record ThresholdAccuracy(String threshold, double accuracy) {

  /** Validates the accuracy. */
  public ThresholdAccuracy {
    Checks.closedRange("accuracy at threshold " + threshold, accuracy, 0, 1);
  }
}
