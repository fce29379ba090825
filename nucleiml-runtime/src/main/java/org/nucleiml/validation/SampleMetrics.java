package org.nucleiml.validation;

/**
 * The metrics of one sample.
 *
 * @param name the sample's name
 * @param classifier the classifier metrics, or null when the sample has no classifier results
 * @param regressor the regressor metrics, or null when the sample has no regression results
 */
public record SampleMetrics(String name, ClassifierMetrics classifier, RegressorMetrics regressor) {

  /** Computes the metrics of a sample. */
  public static SampleMetrics of(SampleInput input) {
    return new SampleMetrics(input.name(),
        input.classifier() == null ? null : ClassifierMetrics.of(input.classifier()),
        input.regression().isEmpty() ? null : RegressorMetrics.of(input.regression()));
  }
}
