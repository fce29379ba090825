package org.nucleiml.physics.matter;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.PhysicalConstants;

/**
 * Inverse map of infinite matter: the couplings that reproduce seven nuclear-matter parameters, in
 * closed form up to one root search for C (the smallest C when several match Q0), or the first
 * failed validity condition.
 */
public final class CouplingInverter {

  private static final double HC3 = StrictMath.pow(PhysicalConstants.HBAR_C, 3);

  private CouplingInverter() {}

  /** Couplings for {@code p} with the masses of {@code m}, or the reason none exist. */
  public static InversionOutcome invert(NuclearMatterParameters p, ModelConstants m) {
    SkewnessFamily family = new SkewnessFamily(p, m.nucleonMass());
    if (!(family.w0 > 0)) {
      return InversionOutcome.none(NoCouplingsReason.W_NONPOSITIVE,
          "W0 = m + E0 - E_F = " + g(family.w0) + " MeV; it must be > 0");
    }
    double tK = family.tK();
    if (!(tK > 0)) {
      return InversionOutcome.none(NoCouplingsReason.K0_TOO_LARGE, "K0 = " + g(p.k0())
          + " MeV is not below 3 kF^2/E_F + 9 W0 = " + g(family.maxIncompressibility())
          + " MeV, so the sigma curvature is <= 0 for every C >= 0");
    }
    SkewnessRoots roots = SkewnessRoots.find(family, p.q0(), Math.min(1, tK));
    if (roots.count() == 0) {
      return skewnessOutOfRange(p, roots);
    }
    return isoscalarAndIsovector(p, m, family, roots);
  }

  private static InversionOutcome skewnessOutOfRange(NuclearMatterParameters p,
      SkewnessRoots roots) {
    boolean high = p.q0() > roots.max();
    NoCouplingsReason reason = high ? NoCouplingsReason.Q0_TOO_HIGH : NoCouplingsReason.Q0_TOO_LOW;
    return InversionOutcome.none(reason,
        "Q0 = " + g(p.q0()) + " MeV is outside [" + g(roots.min()) + ", " + g(roots.max())
            + "] MeV, the skewness reachable with C >= 0 for these rho0, E0, K0 and m*/m"
            + (high ? " (it would need C < 0)" : ""));
  }

  private static InversionOutcome isoscalarAndIsovector(NuclearMatterParameters p,
      ModelConstants m, SkewnessFamily f, SkewnessRoots roots) {
    double t = roots.smallest();
    double[] scalar = f.scalarCouplings(t);
    if (!(scalar[0] > 0)) {
      return InversionOutcome.none(NoCouplingsReason.GS2_NONPOSITIVE,
          "the sigma coupling needs m_sigma^2/g_sigma^2 = " + g(scalar[0]) + " MeV^2 at C = "
              + g(f.c(t)) + "; it must be > 0");
    }
    double jKin = SaturationDerivatives.kineticSymmetryEnergy(f.kF, f.eF);
    double jPot = p.j0() - jKin;
    if (!(jPot > 0)) {
      return InversionOutcome.none(NoCouplingsReason.JPOT_NONPOSITIVE, "J0 = " + g(p.j0())
          + " MeV is not above the kinetic symmetry energy " + g(jKin) + " MeV");
    }
    double sPrime = f.sPrime(t);
    double lPot = p.l0() - SaturationDerivatives.kineticSlope(f.rho, f.kF, f.mStar, f.eF, sPrime);
    double lambdaV = (1 - lPot / (3 * jPot)) / (16 * jPot * f.w0 * f.wPrime(t));
    double aR = f.rho / (8 * jPot) - lambdaV * f.w0 * f.w0;
    if (!(aR > 0)) {
      return InversionOutcome.none(NoCouplingsReason.GR2_NONPOSITIVE, "L0 = " + g(p.l0())
          + " MeV needs m_rho^2/g_rho^2 = " + g(aR) + " MeV^2 (Lambda_v = " + g(lambdaV)
          + "); it must be > 0");
    }
    return found(m, f, t, scalar, aR, lambdaV, roots.count());
  }

  private static InversionOutcome found(ModelConstants m, SkewnessFamily f, double t,
      double[] scalar, double aR, double lambdaV, int rootCount) {
    double gs = m.mSigma() / Math.sqrt(scalar[0]);
    double aW = f.aW(t);
    double c = f.c(t);
    Couplings k = new Couplings(gs, m.mOmega() / Math.sqrt(aW), m.mRho() / Math.sqrt(aR),
        scalar[1] * gs * gs * gs, scalar[2] * gs * gs * gs * gs, c, lambdaV);
    double rhoC = Double.NaN;
    if (lambdaV < 0) {
      double wc = Math.sqrt(aR / -lambdaV);
      rhoC = (aW * wc + c * wc * wc * wc) / HC3;
    }
    boolean extreme = Math.max(k.gSigma(), Math.max(k.gOmega(), k.gRho()))
        > SoftDiagnostics.EXTREME_COUPLING;
    return InversionOutcome.found(k,
        new SoftDiagnostics(rootCount, lambdaV < 0, rhoC, scalar[2] < 0, extreme));
  }

  /**
   * x rounded to six significant digits, printed by Double.toString: String.format would cost more
   * than the whole inversion, and most box points end in a message.
   */
  static String g(double x) {
    if (x == 0 || !Double.isFinite(x)) {
      return Double.toString(x);
    }
    double scale = StrictMath.pow(10, 5 - (int) Math.floor(StrictMath.log10(Math.abs(x))));
    return Double.toString(Math.round(x * scale) / scale);
  }
}
