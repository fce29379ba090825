package org.nucleiml.inference.mcmc;

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
    double[] sum = new double[n];
    int used = 0;
    for (int k = 0; k < walkerSeries.length; k += 2) {
      double[][] pair = functions(walkerSeries[k], k + 1 < walkerSeries.length ? walkerSeries[k + 1] : null);
      for (double[] f : pair) {
        if (f != null && !Double.isNaN(f[0])) {
          for (int t = 0; t < n; t++) {
            sum[t] += f[t];
          }
          used++;
        }
      }
    }
    return used == 0 ? Double.NaN : windowed(sum, used, c);
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
    return functions(x, null)[0];
  }

  /**
   * The functions of two series at the cost of one complex FFT pair: x goes in the real part, y in the
   * imaginary part, and their power spectra are separated by the symmetry of real transforms.
   */
  private static double[][] functions(double[] x, double[] y) {
    int n = x.length;
    int size = 2 * Integer.highestOneBit(Math.max(1, n - 1) * 2);
    double[] re = centred(x, size);
    double[] im = y == null ? new double[size] : centred(y, size);
    Fft.transform(re, im, false);
    double[] px = new double[size];
    double[] py = new double[size];
    for (int k = 0; k < size; k++) {
      int m = (size - k) & (size - 1);
      double a = re[k];
      double b = im[k];
      double cc = re[m];
      double d = im[m];
      px[k] = 0.25 * ((a + cc) * (a + cc) + (b - d) * (b - d));
      py[k] = 0.25 * ((a - cc) * (a - cc) + (b + d) * (b + d));
    }
    Fft.transform(px, py, true); // both spectra are real and even, so their transforms are real
    // A walker that never moved has no autocorrelation function (rho = 0/0).
    return new double[][] {normalised(px, n, x), y == null ? null : normalised(py, n, y)};
  }

  private static double[] centred(double[] x, int size) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double[] c = new double[size];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i] - mean;
    }
    return c;
  }

  private static double[] normalised(double[] acf, int n, double[] series) {
    double[] rho = new double[n];
    boolean constant = java.util.Arrays.stream(series).allMatch(v -> v == series[0]);
    for (int t = 0; t < n; t++) {
      rho[t] = constant || !(acf[0] > 0) ? Double.NaN : acf[t] / acf[0];
    }
    return rho;
  }
}
