package org.nucleiml.physics.nucleus;

/**
 * Uniform radial mesh {@code r_i = i h}, i = 0..n, with the reciprocal radii at mesh points and at
 * half points that the Dirac integrator needs (r = 0 itself is never divided by).
 */
final class RadialGrid {

  final double h;
  final int n;
  final double[] r;
  final double[] invR;
  /** {@code 1/r} at {@code (i + 1/2) h}, i = 0..n-1. */
  final double[] invRHalf;

  RadialGrid(double h, double boxRadius) {
    this.h = h;
    this.n = (int) Math.ceil(boxRadius / h - 1e-9);
    r = new double[n + 1];
    invR = new double[n + 1];
    invRHalf = new double[n];
    for (int i = 0; i <= n; i++) {
      r[i] = i * h;
      invR[i] = i == 0 ? 0.0 : 1.0 / r[i];
      if (i < n) {
        invRHalf[i] = 1.0 / ((i + 0.5) * h);
      }
    }
  }

  /** Box radius, fm. */
  double radius() {
    return r[n];
  }

  /**
   * Values at the half points by cubic Lagrange interpolation; the function is even in r, which
   * supplies the point r = -h, and the last interval uses a one-sided stencil.
   */
  void toHalfPoints(double[] f, double[] half) {
    half[0] = (-f[1] + 9 * f[0] + 9 * f[1] - f[2]) / 16.0;
    for (int i = 1; i < n - 1; i++) {
      half[i] = (-f[i - 1] + 9 * f[i] + 9 * f[i + 1] - f[i + 2]) / 16.0;
    }
    half[n - 1] = (f[n - 3] - 5 * f[n - 2] + 15 * f[n - 1] + 5 * f[n]) / 16.0;
  }

  /** The value at r = 0 of an even function known at r = h, 2h, 3h (error O(h^6)). */
  static double evenOrigin(double f1, double f2, double f3) {
    return (15 * f1 - 6 * f2 + f3) / 10.0;
  }

  /** {@code 4 pi int f r^2 dr} by the trapezoid rule, spectrally accurate for even f that decay. */
  double volumeIntegral(double[] f) {
    double s = 0;
    for (int i = 1; i <= n; i++) {
      s += f[i] * r[i] * r[i];
    }
    return 4 * Math.PI * h * s;
  }
}
