package org.nucleiml.validation;

import java.util.Arrays;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman-Fan type 7, the default
 * of R and NumPy): for sorted x of size n, q(p) = x[h] + (h - floor h)(x[h+1] - x[h]) with h = (n-1)p
 * counted from 0.
 */
public final class Quantiles {

  private Quantiles() {}

  /** The p-quantile of {@code x}. */
  public static double of(double[] x, double p) {
    return ofSorted(sorted(x), p);
  }

  /** The p-quantile of an already ascending array. */
  public static double ofSorted(double[] sorted, double p) {
    Checks.closedRange("quantile probability", p, 0, 1);
    if (sorted.length == 0) {
      throw new InvalidParameterException("sample", "an empty sample", "at least one value");
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** An ascending copy of {@code x}. */
  public static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }
}
