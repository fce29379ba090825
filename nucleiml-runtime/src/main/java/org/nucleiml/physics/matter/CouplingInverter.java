package org.nucleiml.physics.matter;

import java.util.Locale;
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

  private static final double HC3 = Math.pow(PhysicalConstants.HBAR_C, 3);

  private CouplingInverter() {}

  /** Couplings for {@code p} with the masses of {@code m}, or the reason none exist. */
  public static InversionOutcome invert(NuclearMatterParameters p, ModelConstants m) {
    SkewnessFamily family = new SkewnessFamily(p, m.nucleonMass());
    if (!(family.w0 > 0)) {
      return InversionOutcome.none(NoCouplingsReason.W_NONPOSITIVE,
          format("W0 = m + E0 - E_F = %.6g MeV; it must be > 0", family.w0));
    }
    double tK = family.tK();
    if (!(tK > 0)) {
      return InversionOutcome.none(NoCouplingsReason.K0_TOO_LARGE, format(
          "K0 = %.6g MeV is not below 3 kF^2/E_F + 9 W0 = %.6g MeV, so the sigma curvature is"
              + " <= 0 for every C >= 0", p.k0(), family.maxIncompressibility()));
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
    return InversionOutcome.none(high ? NoCouplingsReason.Q0_TOO_HIGH : NoCouplingsReason.Q0_TOO_LOW,
        format("Q0 = %.6g MeV is outside [%.6g, %.6g] MeV, the skewness reachable with C >= 0 "
            + "for these rho0, E0, K0 and m*/m%s", p.q0(), roots.min(), roots.max(),
            high ? " (it would need C < 0)" : ""));
  }

  private static InversionOutcome isoscalarAndIsovector(NuclearMatterParameters p,
      ModelConstants m, SkewnessFamily f, SkewnessRoots roots) {
    double t = roots.smallest();
    double[] scalar = f.scalarCouplings(t);
    if (!(scalar[0] > 0)) {
      return InversionOutcome.none(NoCouplingsReason.GS2_NONPOSITIVE, format(
          "the sigma coupling needs m_sigma^2/g_sigma^2 = %.6g MeV^2 at C = %.6g; it must be > 0",
          scalar[0], f.c(t)));
    }
    double jKin = SaturationDerivatives.kineticSymmetryEnergy(f.kF, f.eF);
    double jPot = p.j0() - jKin;
    if (!(jPot > 0)) {
      return InversionOutcome.none(NoCouplingsReason.JPOT_NONPOSITIVE, format(
          "J0 = %.6g MeV is not above the kinetic symmetry energy %.6g MeV", p.j0(), jKin));
    }
    double sPrime = f.sPrime(t);
    double lPot = p.l0() - SaturationDerivatives.kineticSlope(f.rho, f.kF, f.mStar, f.eF, sPrime);
    double lambdaV = (1 - lPot / (3 * jPot)) / (16 * jPot * f.w0 * f.wPrime(t));
    double aR = f.rho / (8 * jPot) - lambdaV * f.w0 * f.w0;
    if (!(aR > 0)) {
      return InversionOutcome.none(NoCouplingsReason.GR2_NONPOSITIVE, format(
          "L0 = %.6g MeV needs m_rho^2/g_rho^2 = %.6g MeV^2 (Lambda_v = %.6g); it must be > 0",
          p.l0(), aR, lambdaV));
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

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
