package org.nucleiml.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every gate's result on one sample, and the verdict.
 *
 * @param sample the name of the judged sample
 * @param results one result per gate and concrete value, in configuration order
 */
public record GateReport(String sample, List<GateResult> results) {

  /** Copies the list. */
  public GateReport {
    results = List.copyOf(results);
  }

  /** True when every deciding result passed (also when there are no gates). */
  public boolean passed() {
    return results.stream().noneMatch(GateResult::failed);
  }

  /** The deciding results that failed. */
  public List<GateResult> failures() {
    return results.stream().filter(GateResult::failed).toList();
  }

  /** The number of deciding results. */
  public long checked() {
    return results.stream().filter(GateResult::counts).count();
  }

  /**
   * One paragraph: on failure it names every failed gate with required and actual values, otherwise
   * it says how many passed.
   */
  public String message() {
    if (passed()) {
      return "All " + checked() + " validation gates passed on sample '" + sample + "'.";
    }
    return failures().size() + " of " + checked() + " validation gates failed on sample '" + sample + "': "
        + failures().stream().map(GateResult::describe).collect(Collectors.joining("; ")) + ".";
  }
}
