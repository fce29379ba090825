package org.nucleiml.validation;

import java.util.List;
import java.util.function.Consumer;

/**
 * The metrics of every sample and the gate report of the primary one, computed without writing
 * anything, so configuration errors surface before any report exists.
 *
 * @param input what was validated
 * @param samples the metrics of each sample, in input order
 * @param gates the gates' results on the primary (first) sample
 */
public record ValidationResults(ValidationInput input, List<SampleMetrics> samples, GateReport gates) {

  /** Copies the list. */
  public ValidationResults {
    samples = List.copyOf(samples);
  }

  /** Computes every metric and evaluates the gates, reporting progress to {@code log}. */
  public static ValidationResults compute(ValidationInput input, Consumer<String> log) {
    List<SampleMetrics> samples = input.samples().stream().map(s -> {
      log.accept("Computing metrics of sample '" + s.name() + "'");
      return SampleMetrics.of(s);
    }).toList();
    GateReport report = input.gates().evaluate(samples.get(0));
    log.accept(report.message());
    return new ValidationResults(input, samples, report);
  }

  /** The primary sample's metrics. */
  public SampleMetrics primary() {
    return samples.get(0);
  }
}
