package org.nucleiml.inference.mcmc;

import org.nucleiml.InvalidParameterException;

/**
 * The Gelman-Rubin potential scale reduction R-hat over split chains: sqrt(var+ / W), with W the
 * mean within-chain variance and var+ = (n-1)/n W + B/n, B/n the variance of the chain means.
 * Splitting each chain in halves also catches chains that still drift.
 *
 * <p>An ensemble's walkers are not independent chains, so they are pooled into groups (walker k in
 * group k mod groups); each group's first and second halves of steps are the chains compared.
 *
 * <pre>A. Gelman et al., Bayesian Data Analysis, 3rd ed. (2013), section 11.4.</pre>
 */
public final class SplitRHat {

  /** The default number of walker groups. */
  public static final int DEFAULT_GROUPS = 4;

  private SplitRHat() {}

  /** R-hat of coordinate {@code p} of a chain, walkers pooled into {@code groups} groups. */
  public static double of(Chain chain, int p, int groups) {
    if (groups < 1 || groups > chain.walkers()) {
      throw new InvalidParameterException("rHatGroups", groups, "an integer in [1, walkers]");
    }
    int half = chain.steps() / 2;
    double[][] sets = new double[2 * groups][];
    for (int g = 0; g < groups; g++) {
      sets[2 * g] = pool(chain, p, g, groups, 0, half);
      sets[2 * g + 1] = pool(chain, p, g, groups, half, 2 * half);
    }
    return of(sets);
  }

  /**
   * R-hat of chains given as rows of equal length (>= 2 rows of >= 2 values), not split further.
   * 1 for identical constant chains, infinity when constant chains differ.
   */
  public static double of(double[][] chains) {
    int m = chains.length;
    int n = chains[0].length;
    if (m < 2 || n < 2) {
      throw new InvalidParameterException("chains", m + " x " + n, "at least 2 chains of 2 values");
    }
    double[] means = new double[m];
    double within = 0;
    for (int j = 0; j < m; j++) {
      means[j] = mean(chains[j]);
      within += variance(chains[j], means[j]) / m;
    }
    double between = variance(means, mean(means));
    if (within == 0) {
      return between == 0 ? 1.0 : Double.POSITIVE_INFINITY;
    }
    return Math.sqrt(((n - 1.0) / n * within + between) / within);
  }

  private static double[] pool(Chain chain, int p, int group, int groups, int from, int to) {
    int members = (chain.walkers() - group + groups - 1) / groups;
    double[] x = new double[members * (to - from)];
    int i = 0;
    for (int k = group; k < chain.walkers(); k += groups) {
      for (int t = from; t < to; t++) {
        x[i++] = chain.value(t, k, p);
      }
    }
    return x;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double variance(double[] x, double mean) {
    double s = 0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return s / (x.length - 1);
  }
}
