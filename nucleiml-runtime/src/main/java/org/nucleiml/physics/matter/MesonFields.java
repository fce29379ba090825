package org.nucleiml.physics.matter;

import java.util.function.DoubleUnaryOperator;

/**
 * Mean fields of uniform static matter: S = g_s sigma, W = g_w omega_0 and R = g_r rho_0^(3), all in
 * MeV, from the field equations at given neutron and proton Fermi momenta. Each returns NaN where the
 * field equation has no solution on the physical branch.
 */
final class MesonFields {

  /** Grid of the sigma scan on [0, m]: enough to separate the physical root from later ones. */
  private static final int SIGMA_GRID = 400;
  private static final double SIGMA_TOLERANCE_MEV = 1e-13;
  private static final int NEWTON_ITERATIONS = 100;

  private MesonFields() {}

  /**
   * S solving U'(S) = rho_s,n + rho_s,p with M* = m - S: the first sign change of
   * h(S) = U'(S) - rho_s from - to + scanning upward from S = 0, refined by Brent. Later roots (for
   * example where B < 0 bends h down again as S -> m) are not the physical branch.
   */
  static double sigma(ReducedCouplings r, double kFn, double kFp) {
    double m = r.nucleonMass();
    double step = m / SIGMA_GRID;
    double lo = 0;
    double hLo = sigmaResidual(r, kFn, kFp, 0);
    for (int k = 1; k <= SIGMA_GRID; k++) {
      double s = k * step;
      double h = sigmaResidual(r, kFn, kFp, s);
      if (hLo < 0 && h >= 0) {
        return BrentRoot.solve(x -> sigmaResidual(r, kFn, kFp, x), lo, s, hLo, h,
            SIGMA_TOLERANCE_MEV, 0);
      }
      lo = s;
      hLo = h;
    }
    return Double.NaN;
  }

  /** h(S) = U'(S) - rho_s,n(m - S) - rho_s,p(m - S) = d eps/dS. */
  static double sigmaResidual(ReducedCouplings r, double kFn, double kFp, double s) {
    double mStar = r.nucleonMass() - s;
    return r.du(s) - FermiGas.scalarDensity(kFn, mStar) - FermiGas.scalarDensity(kFp, mStar);
  }

  /**
   * W solving a_w W + C W^3 = rho (symmetric matter, R = 0). Newton from rho/a_w converges
   * monotonically for either sign of C (the left side is convex for C > 0, concave for C < 0); with
   * C < 0 a root below W_max = sqrt(a_w/(3|C|)) exists only up to rho = (2/3) a_w W_max.
   */
  static double omega(ReducedCouplings r, double rho) {
    double aW = r.aW();
    double c = r.c();
    double w = rho / aW;
    if (c == 0) {
      return w;
    }
    if (c < 0 && rho > (2.0 / 3.0) * aW * Math.sqrt(aW / (-3 * c))) {
      return Double.NaN;
    }
    for (int i = 0; i < NEWTON_ITERATIONS; i++) {
      double dw = (aW * w + c * w * w * w - rho) / (aW + 3 * c * w * w);
      w -= dw;
      if (!(Math.abs(dw) > 1e-16 * w)) {
        break;
      }
    }
    return w;
  }

  /**
   * W in asymmetric matter: a_w W + C W^3 + Lambda_v W R(W)^2 = rho with
   * R(W) = (rho_3/2)/(a_r + Lambda_v W^2), bracketed around the symmetric solution.
   */
  static double omega(ReducedCouplings r, double rho, double rho3) {
    double w0 = omega(r, rho);
    if (Double.isNaN(w0) || rho3 == 0 || !r.hasRho()) {
      return w0;
    }
    DoubleUnaryOperator g = w -> {
      double rr = rho(r, w, rho3);
      return r.aW() * w + r.c() * w * w * w + r.lambdaV() * w * rr * rr - rho;
    };
    double lo = w0;
    double hi = w0;
    double gLo = g.applyAsDouble(lo);
    double gHi = gLo;
    for (double width = 1e-3 * w0; gLo > 0 == gHi > 0 && width < w0; width *= 2) {
      lo = w0 - width;
      hi = w0 + width;
      gLo = g.applyAsDouble(lo);
      gHi = g.applyAsDouble(hi);
    }
    if (gLo > 0 == gHi > 0) {
      return Double.NaN;
    }
    return BrentRoot.solve(g, lo, hi, gLo, gHi, 0, 1e-15);
  }

  /** R = (rho_3/2)/(a_r + Lambda_v W^2); zero without a rho meson. */
  static double rho(ReducedCouplings r, double w, double rho3) {
    return r.hasRho() ? 0.5 * rho3 / (r.aR() + r.lambdaV() * w * w) : 0;
  }
}
