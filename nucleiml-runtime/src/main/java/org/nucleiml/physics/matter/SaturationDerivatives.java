package org.nucleiml.physics.matter;

import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.PhysicalConstants;

/**
 * Analytic density derivatives of symmetric matter by implicit differentiation of the field
 * equations (' = d/d rho, rho in MeV^3): K0 = 9 rho mu', Q0 = 27 rho^2 mu'' - 9 K0 at P = 0, and the
 * symmetry energy J and its slope L. Shared by the forward map and the inverse map's Q0(t).
 */
final class SaturationDerivatives {

  private SaturationDerivatives() {}

  /** The seven NMPs of symmetric matter at its saturation point {@code st} (where P = 0). */
  static NuclearMatterParameters of(SymmetricMatter st) {
    ReducedCouplings r = st.couplings();
    double rho = st.rho();
    double kF = st.kF();
    double mStar = st.mStar();
    double eF = st.fermiEnergy();
    double w = st.w();
    double wPrime = 1 / (r.aW() + 3 * r.c() * w * w);
    double wSecond = -6 * r.c() * w * wPrime * wPrime * wPrime;
    double fS = r.d2u(st.s()) + 2 * FermiGas.scalarSusceptibility(kF, mStar);
    double fSS = r.d3u(st.s()) + 3 * mStar * 2 * FermiGas.curvatureIntegral(kF, mStar);
    double sPrime = mStar / eF / fS;
    double k0 = incompressibility(rho, kF, mStar, eF, sPrime, wPrime);
    double q0 = skewness(rho, kF, mStar, eF, sPrime, fS, fSS, wSecond, k0);
    double jPot = r.hasRho() ? rho / (8 * (r.aR() + r.lambdaV() * w * w)) : 0;
    double l0 = kineticSlope(rho, kF, mStar, eF, sPrime)
        + potentialSlope(r, rho, jPot, w, wPrime);
    double hc3 = StrictMath.pow(PhysicalConstants.HBAR_C, 3);
    return new NuclearMatterParameters(rho / hc3, st.energyPerNucleon(), k0, q0,
        mStar / r.nucleonMass(), kineticSymmetryEnergy(kF, eF) + jPot, l0);
  }

  /** K = 9 rho mu' = 3 kF^2/E_F + 9 rho W' - 9 rho (M* / E_F) S' (equals 9 rho^2 e'' where P = 0). */
  static double incompressibility(double rho, double kF, double mStar, double eF, double sPrime,
      double wPrime) {
    return 3 * kF * kF / eF + 9 * rho * wPrime - 9 * rho * mStar / eF * sPrime;
  }

  /**
   * Q = 27 rho^2 mu'' - 9 K where P = 0, from S'' of the sigma equation f(S, rho) = 0 with
   * f_S = U'' + chi, f_SS = U''' + 3 M* I, f_Srho = kF^2/E_F^3, f_rhorho = M* kF^2/(3 rho E_F^3).
   */
  static double skewness(double rho, double kF, double mStar, double eF, double sPrime, double fS,
      double fSS, double wSecond, double k) {
    double e3 = eF * eF * eF;
    double fSrho = kF * kF / e3;
    double fRhoRho = mStar * kF * kF / (3 * rho * e3);
    double sSecond = -(fSS * sPrime * sPrime + 2 * fSrho * sPrime + fRhoRho) / fS;
    double kP = kF / (3 * rho);
    double kPP = -2 * kF / (9 * rho * rho);
    double eP = (kF * kP - mStar * sPrime) / eF;
    double ePP = (kP * kP + kF * kPP + sPrime * sPrime - mStar * sSecond - eP * eP) / eF;
    return 27 * rho * rho * (ePP + wSecond) - 9 * k;
  }

  /** J_kin = kF^2/(6 E_F). */
  static double kineticSymmetryEnergy(double kF, double eF) {
    return kF * kF / (6 * eF);
  }

  /** L_kin = kF^2/(3 E_F) - kF^2 (kF^2 - 3 rho M* S')/(6 E_F^3): includes the density dependence of M*. */
  static double kineticSlope(double rho, double kF, double mStar, double eF, double sPrime) {
    double k2 = kF * kF;
    return k2 / (3 * eF) - k2 * (k2 - 3 * rho * mStar * sPrime) / (6 * eF * eF * eF);
  }

  /** L_pot = 3 J_pot [1 - 2 rho Lambda_v W W'/(a_r + Lambda_v W^2)]; zero without a rho meson. */
  static double potentialSlope(ReducedCouplings r, double rho, double jPot, double w,
      double wPrime) {
    if (!r.hasRho()) {
      return 0;
    }
    return 3 * jPot * (1 - 2 * rho * r.lambdaV() * w * wPrime / (r.aR() + r.lambdaV() * w * w));
  }
}
