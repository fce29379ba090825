package org.nucleiml.inference;

import java.util.List;

/**
 * The comparison of two posteriors, marginal by marginal, against the maxJsDivergence gate.
 *
 * @param labelA the first posterior's label (e.g. "emulator")
 * @param labelB the second posterior's label (e.g. "rmf-solver")
 * @param bins the number of common bins per marginal
 * @param marginals one comparison per parameter, in coordinate order
 */
public record ComparisonResult(String labelA, String labelB, int bins, List<MarginalComparison> marginals) {

  /** Copies the list. */
  public ComparisonResult {
    marginals = List.copyOf(marginals);
  }

  /** Whether every marginal is within the gate. */
  public boolean passed() {
    return marginals.stream().allMatch(MarginalComparison::passed);
  }

  /** One line per parameter, required against actual. */
  public List<String> report() {
    return marginals.stream().map(MarginalComparison::describe).toList();
  }

  /** The largest divergence over the parameters. */
  public double maxJsDivergence() {
    return marginals.stream().mapToDouble(MarginalComparison::jsDivergence).max().orElse(0);
  }
}
