package org.nucleiml.validation;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The emulator's predictions on one named sample, e.g. "test split" or "independent validation sample
 * seed 43": classifier results, regression results, or both.
 *
 * @param name the sample's name, shown in every report
 * @param classifier the classifier's predictions, or null
 * @param regression the regressor's predictions, possibly empty
 */
public record SampleInput(String name, ClassifierInput classifier, List<RegressionPoint> regression) {

  /** Validates a non-blank name and that there is something to validate. */
  public SampleInput {
    if (name == null || name.isBlank()) {
      throw new InvalidParameterException("sample name", name == null ? null : "'" + name + "'", "a non-blank name");
    }
    regression = regression == null ? List.of() : List.copyOf(regression);
    if (classifier == null && regression.isEmpty()) {
      throw new InvalidParameterException("sample '" + name + "'", "no results",
          "classifier results, regression results or both");
    }
  }
}
