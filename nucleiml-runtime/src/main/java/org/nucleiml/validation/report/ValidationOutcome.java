package org.nucleiml.validation.report;

import java.nio.file.Path;
import java.util.List;
import org.nucleiml.validation.GateReport;
import org.nucleiml.validation.ValidationResults;

/**
 * What a validation run computed and wrote.
 *
 * @param results the metrics of every sample and the gate report
 * @param json the path of validation.json
 * @param predictions the path of predictions.csv, every regression point
 * @param markdown the path of validation.md
 * @param html the path of report.html
 * @param plots the paths of the PNG plots
 */
public record ValidationOutcome(ValidationResults results, Path json, Path predictions, Path markdown, Path html,
    List<Path> plots) {

  /** Copies the list. */
  public ValidationOutcome {
    plots = List.copyOf(plots);
  }

  /** The gate report of the primary sample. */
  public GateReport gates() {
    return results.gates();
  }

  /** Whether every gate passed. */
  public boolean passed() {
    return results.gates().passed();
  }
}
