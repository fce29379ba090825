package org.nucleiml.physics.matter;

import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.PhysicalConstants;

/**
 * The one-parameter family of isoscalar couplings that reproduce rho0, E0, K0 and m*&#47;m exactly,
 * parametrised by t = C W0^3/rho (the share of the omega source carried by the quartic term), and its
 * skewness Q0(t) in closed form. Everything independent of t is computed once in the constructor.
 */
final class SkewnessFamily {

  private static final double HC3 = StrictMath.pow(PhysicalConstants.HBAR_C, 3);
  /** 0, 1, 2, ...: t = step * index[k] (not step * k) lets C2 vectorise the grid loop. */
  private static final double[] GRID_INDEX = new double[SkewnessRoots.GRID_INTERVALS + 1];

  static {
    for (int k = 0; k < GRID_INDEX.length; k++) {
      GRID_INDEX[k] = k;
    }
  }

  final double rho;
  final double kF;
  final double mStar;
  final double s0;
  final double eF;
  final double w0;
  final double k0;
  private final double chi;
  private final double threeMStarI;
  private final double r1;
  private final double energyBalance;
  private final double mOverE;
  private final double kineticK;
  private final double invS0;
  // t-independent parts of Q0(t) (Section 4.2), hoisted out of the 401-point scan
  private final double invEF;
  private final double eOverM;
  private final double wSecondPerT;
  private final double sPrimeScale;
  private final double fSrho2;
  private final double fRhoRho;
  private final double ePrimeKinetic;
  private final double ePrimeSecondKinetic;
  private final double rho27;
  private final double uThirdConstant;
  private final double uThirdPerR2;
  private final double uThirdPerR3;
  private final double r3Constant;
  private final double r3PerT;

  /** Step 0 (kinematics at saturation) and step 1 (W0 from Hugenholtz-Van Hove). */
  SkewnessFamily(NuclearMatterParameters p, double nucleonMass) {
    rho = p.rho0() * HC3;
    kF = FermiGas.symmetricFermiMomentum(rho);
    mStar = p.mStarOverM() * nucleonMass;
    s0 = nucleonMass - mStar;
    eF = Math.sqrt(kF * kF + mStar * mStar);
    w0 = nucleonMass + p.e0() - eF;
    k0 = p.k0();
    chi = 2 * FermiGas.scalarSusceptibility(kF, mStar);
    threeMStarI = 3 * mStar * 2 * FermiGas.curvatureIntegral(kF, mStar);
    r1 = 2 * FermiGas.scalarDensity(kF, mStar) / s0;
    energyBalance = rho * (nucleonMass + p.e0()) - 2 * FermiGas.energyDensity(kF, mStar);
    mOverE = mStar / eF;
    kineticK = 3 * kF * kF / eF;
    invS0 = 1 / s0;
    invEF = 1 / eF;
    eOverM = eF / mStar;
    wSecondPerT = -6 * rho / (w0 * w0); // W'' = -6 C W0 W'^3 with C = t rho/W0^3
    sPrimeScale = 1 / (9 * rho * mOverE);
    double e3 = eF * eF * eF;
    fSrho2 = 2 * kF * kF / e3;
    fRhoRho = mStar * kF * kF / (3 * rho * e3);
    double kP = kF / (3 * rho);
    ePrimeKinetic = kF * kP / eF;
    ePrimeSecondKinetic = kP * kP - 2 * kF * kF / (9 * rho * rho);
    rho27 = 27 * rho * rho;
    // U''' + 3 M* I = (-18 r1 + 6 r2 + 24 r3)/S0 + 3 M* I, from b_s and c_s below
    uThirdConstant = -18 * r1 * invS0 + threeMStarI;
    uThirdPerR2 = 6 * invS0;
    uThirdPerR3 = 24 * invS0;
    r3Constant = (energyBalance - rho * w0 / 2) * invS0 * invS0;
    r3PerT = -rho * w0 / 4 * invS0 * invS0;
  }

  /** t_K = (9 W0/(K0 - 3 kF^2/E_F) - 1)/2, where S' reaches 0; +infinity if K0 <= 3 kF^2/E_F. */
  double tK() {
    return k0 <= kineticK ? Double.POSITIVE_INFINITY : (9 * w0 / (k0 - kineticK) - 1) / 2;
  }

  /** 3 kF^2/E_F + 9 W0: the largest K0 with a positive sigma curvature at C = 0. */
  double maxIncompressibility() {
    return kineticK + 9 * w0;
  }

  /** W' = W0/(rho (1 + 2t)). */
  double wPrime(double t) {
    return w0 / (rho * (1 + 2 * t));
  }

  /** S' from K0: (3 kF^2/E_F + 9 rho W' - K0) E_F/(9 rho M*). */
  double sPrime(double t) {
    return (kineticK + 9 * rho * wPrime(t) - k0) / (9 * rho * mOverE);
  }

  /** C = t rho/W0^3. */
  double c(double t) {
    return t * rho / (w0 * w0 * w0);
  }

  /** a_w = rho (1 - t)/W0. */
  double aW(double t) {
    return rho * (1 - t) / w0;
  }

  /** The scalar couplings {a_s, b_s, c_s} matching U'(S0) = rho_s, U''(S0) = r2, U(S0) = S0^2 r3. */
  double[] scalarCouplings(double t) {
    double r2 = r2(t);
    double r3 = r3(t);
    return new double[] {r2 - 6 * r1 + 12 * r3, (15 * r1 - 3 * r2 - 24 * r3) * invS0,
        (2 * r2 - 8 * r1 + 12 * r3) * invS0 * invS0};
  }

  /**
   * Q0(t) = 27 rho^2 mu'' - 9 K0 (Section 4.2) with f_S = (M* / E_F)/S' and f_SS = U''' + 3 M* I,
   * U''' = 2 b_s + 6 c_s S0: the algebra of {@link SaturationDerivatives#skewness} with its
   * t-independent parts precomputed; two divisions, no allocation.
   */
  double q0(double t) {
    double wP = w0 / (rho * (1 + 2 * t));
    double sP = (kineticK + 9 * rho * wP - k0) * sPrimeScale;
    double fS = mOverE / sP;
    double r2 = fS - chi;
    double r3 = r3Constant + r3PerT * t;
    double fSS = uThirdConstant + uThirdPerR2 * r2 + uThirdPerR3 * r3;
    double sSecond = -(fSS * sP * sP + fSrho2 * sP + fRhoRho) * sP * eOverM;
    double eP = ePrimeKinetic - mOverE * sP;
    double ePP = (ePrimeSecondKinetic + sP * sP - mStar * sSecond - eP * eP) * invEF;
    double wSecond = wSecondPerT * t * wP * wP * wP;
    return rho27 * (ePP + wSecond) - 9 * k0;
  }

  /**
   * Q0 at t = step k for k = 0 .. min(out.length, 401) - 1: the loop body of {@link #q0} over fields copied
   * to locals, branch-free, so that the JIT can vectorise it (the grid dominates the inverse map).
   */
  void q0Grid(double step, double[] out) {
    double w0OverRho = w0 / rho;
    double a = kineticK - k0;
    double b = 9 * rho;
    double scale = sPrimeScale;
    double mE = mOverE;
    double x = chi;
    double r3c = r3Constant;
    double r3t = r3PerT;
    double u0 = uThirdConstant;
    double u2 = uThirdPerR2;
    double u3 = uThirdPerR3;
    double fSr2 = fSrho2;
    double fRR = fRhoRho;
    double em = eOverM;
    double ep0 = ePrimeKinetic;
    double epp0 = ePrimeSecondKinetic;
    double ms = mStar;
    double ie = invEF;
    double ws = wSecondPerT;
    double r27 = rho27;
    double k9 = 9 * k0;
    double[] index = GRID_INDEX;
    int n = Math.min(out.length, index.length);
    for (int k = 0; k < n; k++) {
      double t = step * index[k];
      double wP = w0OverRho / (1 + 2 * t);
      double sP = (a + b * wP) * scale;
      double r2 = mE / sP - x;
      double fSS = u0 + u2 * r2 + u3 * (r3c + r3t * t);
      double sSecond = -(fSS * sP * sP + fSr2 * sP + fRR) * sP * em;
      double eP = ep0 - mE * sP;
      double ePP = (epp0 + sP * sP - ms * sSecond - eP * eP) * ie;
      out[k] = r27 * (ePP + ws * t * wP * wP * wP) - k9;
    }
  }

  private double r2(double t) {
    return mOverE / sPrime(t) - chi;
  }

  private double r3(double t) {
    return (energyBalance - rho * w0 * (2 + t) / 4) * invS0 * invS0;
  }
}
