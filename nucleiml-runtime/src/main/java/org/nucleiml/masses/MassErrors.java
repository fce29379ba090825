package org.nucleiml.masses;

import java.util.Arrays;

/**
 * Error statistics of predicted against measured energies (section 2.4 of the spec), in keV.
 * Because Δ = Z·Δ(¹H) + N·Δ(n) − B, the same numbers hold for masses and binding energies.
 *
 * @param count nuclei compared
 * @param rmsKeV sqrt(mean e²)
 * @param maeKeV mean |e|
 * @param meanKeV mean e (signed: predicted − measured)
 * @param maxAbsKeV max |e|
 * @param p95AbsKeV 95th percentile of |e|, nearest rank (the ceil(0.95 n)-th smallest)
 */
public record MassErrors(int count, double rmsKeV, double maeKeV, double meanKeV, double maxAbsKeV,
    double p95AbsKeV) {

  /** Statistics of errors given in MeV; NaN statistics for an empty set. */
  public static MassErrors ofMeV(double[] errorsMeV) {
    int n = errorsMeV.length;
    if (n == 0) {
      return new MassErrors(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    double abs = 0;
    double squares = 0;
    double[] absolute = new double[n];
    for (int i = 0; i < n; i++) {
      double e = errorsMeV[i] * 1000.0;
      sum += e;
      abs += Math.abs(e);
      squares += e * e;
      absolute[i] = Math.abs(e);
    }
    Arrays.sort(absolute);
    int rank = (int) Math.ceil(0.95 * n);
    return new MassErrors(n, Math.sqrt(squares / n), abs / n, sum / n, absolute[n - 1],
        absolute[Math.max(rank, 1) - 1]);
  }
}
