package org.nucleiml.physics.matter;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's bracketing root finder (Brent 1973, "Algorithms for Minimization without Derivatives",
 * ch. 4): inverse quadratic interpolation guarded by bisection. Our own copy because it runs inside
 * the inverse map's hot loop and needs caller-chosen absolute and relative tolerances.
 */
final class BrentRoot {

  private static final double EPS = Math.ulp(1.0);
  private static final int MAX_ITERATIONS = 200;

  private BrentRoot() {}

  /**
   * A root of f in [a, b], where fa = f(a) and fb = f(b) have opposite signs (or one is zero);
   * converged when the bracket is below 2 eps |x| + absTol + relTol |x|.
   */
  static double solve(DoubleUnaryOperator f, double a, double b, double fa, double fb,
      double absTol, double relTol) {
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tol = 2 * EPS * Math.abs(b) + 0.5 * (absTol + relTol * Math.abs(b));
      double m = 0.5 * (c - b);
      if (Math.abs(m) <= tol || fb == 0) {
        return b;
      }
      if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
        d = m;
        e = m;
      } else {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2 * m * s;
          q = 1 - s;
        } else {
          double qa = fa / fc;
          double r = fb / fc;
          p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
          q = (qa - 1) * (r - 1) * (s - 1);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
          e = d;
          d = p / q;
        } else {
          d = m;
          e = m;
        }
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
      fb = f.applyAsDouble(b);
      if ((fb > 0) == (fc > 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
    }
    return b;
  }
}
