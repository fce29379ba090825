package org.nucleiml;

import java.util.List;

/**
 * A result missed its gate: the build (or the CLI) must fail loudly, after every report was written.
 * Carries the gate's name and the lines that say which value missed which threshold, so a front end
 * can print them without knowing the step.
 */
public class GateFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String gate;
  private final List<String> report;

  /**
   * @param gate The gate's parameter name as the user wrote it, e.g. "gates" or "maxJsDivergence".
   * @param summary One sentence saying what missed.
   * @param report The offending values, one line each (may be empty).
   */
  public GateFailedException(String gate, String summary, List<String> report) {
    super(report.isEmpty() ? summary : summary + "\n  " + String.join("\n  ", report));
    this.gate = gate;
    this.report = List.copyOf(report);
  }

  /** The gate's parameter name. */
  public String gate() {
    return gate;
  }

  /** The offending values, one line each. */
  public List<String> report() {
    return report;
  }
}
