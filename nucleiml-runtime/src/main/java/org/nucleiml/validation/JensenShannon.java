package org.nucleiml.validation;

import org.nucleiml.InvalidParameterException;

/**
 * Jensen-Shannon divergence between two samples of one scalar quantity, estimated from histograms on
 * a common grid: {@code JS = H(M) - (H(P) + H(Q))/2} with {@code M = (P + Q)/2}, in bits (log base 2),
 * so 0 means identical distributions and 1 disjoint ones.
 *
 * <p>Binning: {@code bins} equal-width bins spanning the pooled range of both samples. A finite sample
 * gives a positive value even for identical distributions (the noise floor); for two independent
 * samples of sizes n and m from one distribution with k occupied bins it is about
 * {@code (k - 1)(1/n + 1/m)/(8 ln 2)} bits, see {@link #noiseFloor(int, int, int)}.
 *
 * <p>{@link #estimate(double[], double[])} chooses the bin count itself with {@link #bins(double[],
 * double[])}: the Freedman-Diaconis width {@code 2 IQR / cbrt(n + m)} of the pooled sample, giving
 * at least 2 and at most {@code ceil(sqrt(min(n, m)))} bins. The cap keeps the noise floor, which grows
 * with the bin count, well below the divergences a gate would reject for small samples.
 */
public final class JensenShannon {

  private JensenShannon() {}

  /**
   * The divergence of samples {@code p} and {@code q} on {@code bins} common bins.
   *
   * @throws InvalidParameterException when a sample is empty or holds a non-finite value, or bins < 2
   */
  public static double divergence(double[] p, double[] q, int bins) {
    check("first sample", p);
    check("second sample", q);
    if (bins < 2) {
      throw new InvalidParameterException("bins", bins, "an integer >= 2");
    }
    double lo = Math.min(min(p), min(q));
    double hi = Math.max(max(p), max(q));
    if (hi == lo) {
      return 0.0;
    }
    double[] hp = histogram(p, lo, hi, bins);
    double[] hq = histogram(q, lo, hi, bins);
    return divergence(hp, hq);
  }

  /**
   * The divergence on {@link #bins(double[], double[])} bins, with the bin count, the number of
   * occupied bins and the noise floor of the two sample sizes.
   *
   * @throws InvalidParameterException when a sample is empty or holds a non-finite value
   */
  public static JsEstimate estimate(double[] p, double[] q) {
    check("first sample", p);
    check("second sample", q);
    double lo = Math.min(min(p), min(q));
    double hi = Math.max(max(p), max(q));
    if (hi == lo) {
      return new JsEstimate(0.0, 0.0, 1, 1, p.length, q.length);
    }
    int bins = bins(p, q);
    double[] hp = histogram(p, lo, hi, bins);
    double[] hq = histogram(q, lo, hi, bins);
    int occupied = 0;
    for (int i = 0; i < bins; i++) {
      occupied += hp[i] + hq[i] > 0 ? 1 : 0;
    }
    return new JsEstimate(divergence(hp, hq), noiseFloor(p.length, q.length, occupied), bins, occupied,
        p.length, q.length);
  }

  /**
   * The bin count of {@link #estimate}: Freedman-Diaconis on the pooled sample, clamped to
   * [2, ceil(sqrt(min(n, m)))]; the cap alone when the pooled interquartile range is zero.
   */
  public static int bins(double[] p, double[] q) {
    double[] pooled = new double[p.length + q.length];
    System.arraycopy(p, 0, pooled, 0, p.length);
    System.arraycopy(q, 0, pooled, p.length, q.length);
    double[] sorted = Quantiles.sorted(pooled);
    int cap = Math.max(2, (int) Math.ceil(Math.sqrt(Math.min(p.length, q.length))));
    double iqr = Quantiles.ofSorted(sorted, 0.75) - Quantiles.ofSorted(sorted, 0.25);
    double range = sorted[sorted.length - 1] - sorted[0];
    if (iqr <= 0) {
      return cap;
    }
    double width = 2 * iqr / StrictMath.cbrt(pooled.length);
    return (int) Math.max(2, Math.min(cap, Math.ceil(range / width)));
  }

  /** The divergence of two normalised discrete distributions on the same support. */
  public static double divergence(double[] hp, double[] hq) {
    double js = 0.0;
    for (int i = 0; i < hp.length; i++) {
      double m = 0.5 * (hp[i] + hq[i]);
      js += 0.5 * term(hp[i], m) + 0.5 * term(hq[i], m);
    }
    return Math.max(0.0, js / StrictMath.log(2.0));
  }

  /**
   * The expected divergence of two independent samples of sizes n and m drawn from one distribution
   * occupying k bins: the first-order bias of the plug-in estimator, {@code (k-1)(1/n+1/m)/(8 ln 2)}.
   */
  public static double noiseFloor(int n, int m, int occupiedBins) {
    return (occupiedBins - 1) * (1.0 / n + 1.0 / m) / (8.0 * StrictMath.log(2.0));
  }

  private static double term(double p, double m) {
    return p > 0 ? p * StrictMath.log(p / m) : 0.0;
  }

  /**
   * The fraction of {@code x} in each of {@code bins} equal-width bins on [lo, hi] with lo < hi, the
   * last bin closed and values outside counted in the end bins; the histogram every divergence here is
   * computed from (also used to plot it).
   */
  public static double[] histogram(double[] x, double lo, double hi, int bins) {
    double[] h = new double[bins];
    double scale = bins / (hi - lo);
    for (double v : x) {
      int b = (int) Math.floor((v - lo) * scale);
      h[Math.max(0, Math.min(b, bins - 1))] += 1.0;
    }
    for (int i = 0; i < bins; i++) {
      h[i] /= x.length;
    }
    return h;
  }

  private static void check(String name, double[] x) {
    if (x.length == 0) {
      throw new InvalidParameterException(name, "an empty sample", "at least one value");
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new InvalidParameterException(name, v, "finite values only");
      }
    }
  }

  private static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }
}
