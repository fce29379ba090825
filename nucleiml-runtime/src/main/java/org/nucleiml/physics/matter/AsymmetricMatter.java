package org.nucleiml.physics.matter;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.PhysicalConstants;

/**
 * Energy per nucleon of asymmetric matter at density rho and asymmetry delta = (rho_n - rho_p)/rho,
 * from the full field equations (sigma, omega and rho fields). The symmetry energy and its slope
 * are its second delta-derivative and that derivative's density slope, which the analytic formulas
 * of {@link SaturationDerivatives} must reproduce.
 */
public final class AsymmetricMatter {

  private static final double HC3 = StrictMath.pow(PhysicalConstants.HBAR_C, 3);

  private AsymmetricMatter() {}

  /**
   * E/A - m in MeV at density {@code rhoFm3} (fm^-3) and asymmetry {@code delta} in [-1, 1]; NaN
   * where the fields have no solution.
   */
  public static double energyPerNucleon(Couplings c, ModelConstants m, double rhoFm3,
      double delta) {
    return energyPerNucleon(ReducedCouplings.of(c, m), rhoFm3 * HC3, delta);
  }

  static double energyPerNucleon(ReducedCouplings r, double rho, double delta) {
    double kFn = FermiGas.fermiMomentum(rho * (1 + delta) / 2);
    double kFp = FermiGas.fermiMomentum(rho * (1 - delta) / 2);
    double rho3 = -delta * rho;
    double w = MesonFields.omega(r, rho, rho3);
    double s = MesonFields.sigma(r, kFn, kFp);
    if (Double.isNaN(w) || Double.isNaN(s)) {
      return Double.NaN;
    }
    double mStar = r.nucleonMass() - s;
    double rr = MesonFields.rho(r, w, rho3);
    double isovector =
        r.hasRho() ? 0.5 * r.aR() * rr * rr + 1.5 * r.lambdaV() * w * w * rr * rr : 0;
    double eps = FermiGas.energyDensity(kFn, mStar) + FermiGas.energyDensity(kFp, mStar) + r.u(s)
        + 0.5 * r.aW() * w * w + 0.75 * r.c() * w * w * w * w + isovector;
    return eps / rho - r.nucleonMass();
  }
}
