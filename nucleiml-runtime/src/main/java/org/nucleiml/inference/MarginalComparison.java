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
 * @param widthRatio the first posterior's 68% central interval width over the second's: how much wider
 *     (above 1) or narrower the first is, e.g. an emulator posterior with its uncertainty against the
 *     same run without it
 * @param medianShift the first posterior's median minus the second's, in half widths of the second's 68%
 *     interval (about its standard deviation for a Gaussian): how far the first has moved
 */
public record MarginalComparison(String name, double jsDivergence, double noiseFloor, int occupiedBins,
    double essA, double essB, double maxJsDivergence, double widthRatio, double medianShift) {

  /** Whether the divergence is within the gate. */
  public boolean passed() {
    return jsDivergence <= maxJsDivergence;
  }

  /**
   * A report line: "L0: JS 0.0123 bits (required <= 0.1000, noise floor 0.0021); 68% width x1.23, median
   * +0.35 half-widths".
   */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%s: JS %.4f bits (required <= %.4f, noise floor %.4f); 68%% width x%.3g, median %+.3g half-widths%s",
        name, jsDivergence, maxJsDivergence, noiseFloor, widthRatio, medianShift, passed() ? "" : " FAILED");
  }
}
