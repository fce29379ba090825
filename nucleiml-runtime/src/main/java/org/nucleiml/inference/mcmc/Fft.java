package org.nucleiml.inference.mcmc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-place iterative radix-2 complex FFT on primitive arrays with cached twiddle factors; several
 * times faster than a general library transform, which matters because diagnostics run the FFT of
 * every walker's series at every stop-rule check.
 */
final class Fft {

  private static final Map<Integer, double[][]> TWIDDLES = new ConcurrentHashMap<>();

  private Fft() {}

  /** The unnormalised forward (sign -1) or inverse (sign +1) transform; length a power of two. */
  static void transform(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    reorder(re, im);
    double[][] w = TWIDDLES.computeIfAbsent(n, Fft::twiddles);
    double sign = inverse ? 1 : -1;
    for (int len = 2; len <= n; len <<= 1) {
      int half = len >> 1;
      int stride = n / len;
      for (int start = 0; start < n; start += len) {
        for (int j = 0; j < half; j++) {
          double wr = w[0][j * stride];
          double wi = sign * w[1][j * stride];
          int a = start + j;
          int b = a + half;
          double tr = re[b] * wr - im[b] * wi;
          double ti = re[b] * wi + im[b] * wr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
        }
      }
    }
  }

  private static void reorder(double[] re, double[] im) {
    int n = re.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
  }

  private static double[][] twiddles(int n) {
    double[][] w = new double[2][n / 2];
    for (int k = 0; k < n / 2; k++) {
      w[0][k] = StrictMath.cos(2 * Math.PI * k / n);
      w[1][k] = StrictMath.sin(2 * Math.PI * k / n);
    }
    return w;
  }
}
