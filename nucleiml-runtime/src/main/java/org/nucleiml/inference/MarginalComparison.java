package org.nucleiml.inference;

/**
 * The Jensen-Shannon divergence of one parameter's marginal in two posteriors, against the gate.
 *
 * @param name the parameter
 * @param jsDivergence the divergence in bits on the common binning
 * @param noiseFloor the divergence expected from sampling noise alone for the two effective sample sizes
 * @param occupiedBins bins holding draws of either posterior
 * @param essA effective sample size of the first posterior
 * @param essB effective sample size of the second posterior
 * @param maxJsDivergence the gate: the largest divergence allowed
 */
public record MarginalComparison(String name, double jsDivergence, double noiseFloor, int occupiedBins,
    double essA, double essB, double maxJsDivergence) {

  /** Whether the divergence is within the gate. */
  public boolean passed() {
    return jsDivergence <= maxJsDivergence;
  }

  /** A report line: "L0: JS 0.0123 bits (required <= 0.1000, noise floor 0.0021)". */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%s: JS %.4f bits (required <= %.4f, noise floor %.4f)%s",
        name, jsDivergence, maxJsDivergence, noiseFloor, passed() ? "" : " FAILED");
  }
}
