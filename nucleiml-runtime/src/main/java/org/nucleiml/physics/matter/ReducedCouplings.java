package org.nucleiml.physics.matter;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;

/**
 * The seven combinations of couplings and meson masses on which infinite matter depends, plus the
 * nucleon mass: the meson masses only rescale the couplings, so matter sees nothing else.
 *
 * @param aS m_sigma^2/g_sigma^2, MeV^2
 * @param bS A/g_sigma^3, MeV
 * @param cS B/g_sigma^4
 * @param aW m_omega^2/g_omega^2, MeV^2
 * @param c quartic omega coupling C
 * @param aR m_rho^2/g_rho^2, MeV^2; +infinity without a rho meson (g_rho = 0)
 * @param lambdaV omega-rho cross coupling Lambda_v
 * @param nucleonMass m, MeV
 */
record ReducedCouplings(double aS, double bS, double cS, double aW, double c, double aR,
    double lambdaV, double nucleonMass) {

  /** Reduces couplings with the meson masses of {@code m}. */
  static ReducedCouplings of(Couplings k, ModelConstants m) {
    double gs = k.gSigma();
    double aR = k.gRho() == 0 ? Double.POSITIVE_INFINITY : square(m.mRho() / k.gRho());
    return new ReducedCouplings(square(m.mSigma() / gs), k.aMeV() / (gs * gs * gs),
        k.b() / square(gs * gs), square(m.mOmega() / k.gOmega()), k.c(), aR, k.lambdaV(),
        m.nucleonMass());
  }

  /** True when the model has a rho meson (g_rho > 0). */
  boolean hasRho() {
    return aR != Double.POSITIVE_INFINITY;
  }

  /** Scalar potential U(S) = a_s S^2/2 + b_s S^3/3 + c_s S^4/4. */
  double u(double s) {
    return s * s * (aS / 2 + s * (bS / 3 + s * cS / 4));
  }

  /** U'(S). */
  double du(double s) {
    return s * (aS + s * (bS + s * cS));
  }

  /** U''(S). */
  double d2u(double s) {
    return aS + s * (2 * bS + 3 * cS * s);
  }

  /** U'''(S). */
  double d3u(double s) {
    return 2 * bS + 6 * cS * s;
  }

  private static double square(double x) {
    return x * x;
  }
}
