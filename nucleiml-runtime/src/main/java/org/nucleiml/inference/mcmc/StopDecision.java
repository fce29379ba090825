package org.nucleiml.inference.mcmc;

import java.util.List;

/**
 * The outcome of a {@link StopRule} check.
 *
 * @param converged every condition holds for every coordinate
 * @param capReached the step cap is reached (sampling stops either way)
 * @param failing the conditions that fail, one line each ("L0: R-hat 1.0230 >= 1.0100")
 */
public record StopDecision(boolean converged, boolean capReached, List<String> failing) {

  /** Sampling should stop: converged or out of steps. */
  public boolean stop() {
    return converged || capReached;
  }
}
