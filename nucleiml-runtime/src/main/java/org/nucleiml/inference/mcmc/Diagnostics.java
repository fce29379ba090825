package org.nucleiml.inference.mcmc;

/**
 * Convergence diagnostics per coordinate of a recorded chain. Times are in sampler steps: with
 * thinning, the chain's autocorrelation time is multiplied back by the thinning factor.
 *
 * @param steps sampler steps covered by the chain (recorded steps * thin)
 * @param tau integrated autocorrelation time per coordinate, steps (NaN if undefined)
 * @param ess effective sample size per coordinate
 * @param rHat split R-hat per coordinate
 */
public record Diagnostics(long steps, double[] tau, double[] ess, double[] rHat) {

  /**
   * Diagnoses {@code chain}, recorded every {@code thin} steps, with walkers pooled in {@code groups}
   * groups for R-hat; needs at least 4 recorded steps.
   */
  public static Diagnostics of(Chain chain, int thin, int groups) {
    int d = chain.dimension();
    double[] tau = new double[d];
    double[] ess = new double[d];
    double[] rHat = new double[d];
    // Coordinates are independent, so they run in parallel; each result is the same at any thread count.
    java.util.stream.IntStream.range(0, d).parallel().forEach(p -> {
      double recordedTau = AutocorrelationTime.estimate(chain.series(p), AutocorrelationTime.DEFAULT_WINDOW);
      tau[p] = recordedTau * thin;
      ess[p] = EffectiveSampleSize.of(chain.walkers(), chain.steps(), recordedTau);
      rHat[p] = SplitRHat.of(chain, p, groups);
    });
    return new Diagnostics((long) chain.steps() * thin, tau, ess, rHat);
  }

  /** The largest autocorrelation time (NaN if any is undefined). */
  public double maxTau() {
    double m = 0;
    for (double t : tau) {
      m = Double.isNaN(t) ? Double.NaN : Math.max(m, t);
    }
    return m;
  }

  /** The largest R-hat. */
  public double maxRHat() {
    double m = 0;
    for (double r : rHat) {
      m = Double.isNaN(r) ? Double.NaN : Math.max(m, r);
    }
    return m;
  }

  /** The smallest effective sample size. */
  public double minEss() {
    double m = Double.POSITIVE_INFINITY;
    for (double e : ess) {
      m = Math.min(m, e);
    }
    return m;
  }
}
