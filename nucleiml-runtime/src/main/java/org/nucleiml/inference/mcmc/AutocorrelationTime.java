package org.nucleiml.inference.mcmc;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The integrated autocorrelation time tau = 1 + 2 sum_t rho(t), estimated as emcee does: the
 * normalised autocorrelation function of each walker's series by FFT, averaged over walkers, summed up
 * to the first window M with M >= c tau(M) (Sokal's automatic windowing, c = 5).
 *
 * <pre>A. Sokal, Monte Carlo Methods in Statistical Mechanics (1996);
 * D. Foreman-Mackey, emcee autocorr.integrated_time.</pre>
 */
public final class AutocorrelationTime {

  /** Sokal's window constant used by emcee. */
  public static final double DEFAULT_WINDOW = 5.0;

  private AutocorrelationTime() {}

  /**
   * The integrated autocorrelation time, in steps, of series [walker][step] of equal length (>= 2).
   * NaN when every walker's series is constant (the time is undefined).
   */
  public static double estimate(double[][] walkerSeries, double c) {
    int n = walkerSeries[0].length;
    double[] mean = new double[n];
    int used = 0;
    for (double[] x : walkerSeries) {
      double[] f = function(x);
      if (!Double.isNaN(f[0])) {
        for (int t = 0; t < n; t++) {
          mean[t] += f[t];
        }
        used++;
      }
    }
    if (used == 0) {
      return Double.NaN;
    }
    return windowed(mean, used, c);
  }

  /** Sums 2 rho(t) - 1 cumulatively and stops at the first window M >= c tau(M). */
  private static double windowed(double[] acfSum, int count, double c) {
    double tau = 0;
    for (int m = 0; m < acfSum.length; m++) {
      tau += (m == 0 ? 1.0 : 2.0) * acfSum[m] / count;
      if (m >= c * tau) {
        return tau;
      }
    }
    return tau;
  }

  /**
   * The normalised autocorrelation function rho(t), t = 0..n-1, of one series, computed by FFT on a
   * zero-padded grid of twice the next power of two (no circular wrap-around). NaN for a constant series.
   */
  public static double[] function(double[] x) {
    int n = x.length;
    int size = 2 * Integer.highestOneBit(Math.max(1, n - 1) * 2);
    double[][] data = new double[2][size];
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    for (int i = 0; i < n; i++) {
      data[0][i] = x[i] - mean;
    }
    FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
    for (int i = 0; i < size; i++) {
      data[0][i] = data[0][i] * data[0][i] + data[1][i] * data[1][i];
      data[1][i] = 0;
    }
    FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.INVERSE);
    double[] acf = new double[n];
    double zero = data[0][0];
    for (int t = 0; t < n; t++) {
      acf[t] = zero > 0 ? data[0][t] / zero : Double.NaN;
    }
    return acf;
  }
}
