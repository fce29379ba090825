package org.nucleiml.physics.nucleus;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;

/**
 * Cold-start fields of the local-density approximation: at each radius the meson fields of uniform
 * matter with the local proton and neutron densities (rmf-nuclear-matter.md section 3). Unlike
 * fields from the finite-range equations with guessed densities, these respect the couplings'
 * own saturation, so even extreme sets of the parameter box start with a positive Dirac mass and
 * bound levels.
 */
final class LocalDensityStart {

  private static final double HBAR_C = MesonFields.HBAR_C;
  private static final int SCAN_STEPS = 200;

  private final double mass;
  private final double as;
  private final double bs;
  private final double cs;
  private final double aw;
  private final double ar;
  private final double c;
  private final double lambdaV;

  LocalDensityStart(Couplings k, ModelConstants constants) {
    mass = constants.nucleonMass();
    as = sq(constants.mSigma() / k.gSigma());
    bs = k.aMeV() / StrictMath.pow(k.gSigma(), 3);
    cs = k.b() / StrictMath.pow(k.gSigma(), 4);
    aw = sq(constants.mOmega() / k.gOmega());
    ar = k.gRho() > 0 ? sq(constants.mRho() / k.gRho()) : Double.POSITIVE_INFINITY;
    c = k.c();
    lambdaV = k.lambdaV();
  }

  /**
   * Writes S, W and R (MeV) for the densities into blocks 0..2 of {@code x}; returns false when
   * the sigma equation has no root below the nucleon mass at some density.
   */
  boolean fields(Densities d, double[] x, int size) {
    for (int i = 0; i < size; i++) {
      double rhoP = d.proton[i] * HBAR_C * HBAR_C * HBAR_C;
      double rhoN = d.neutron[i] * HBAR_C * HBAR_C * HBAR_C;
      double s = sigma(rhoP, rhoN);
      if (Double.isNaN(s)) {
        return false;
      }
      double w = omega(rhoP + rhoN);
      double denominator = ar + lambdaV * w * w;
      x[i] = s;
      x[size + i] = w;
      x[2 * size + i] = denominator > 0 ? 0.5 * (rhoP - rhoN) / denominator : 0.0;
    }
    return true;
  }

  /** First root of {@code U'(S) = rho_s(m - S)} scanning up from S = 0, then bisection. */
  private double sigma(double rhoP, double rhoN) {
    if (rhoP + rhoN <= 0) {
      return 0.0;
    }
    // the Fermi momenta do not depend on S: one cube root per species instead of one per trial S
    double kfP = fermiMomentum(rhoP);
    double kfN = fermiMomentum(rhoN);
    double step = mass / SCAN_STEPS;
    double lo = 0.0;
    for (int k = 1; k < SCAN_STEPS; k++) {
      double hi = k * step;
      if (excess(hi, kfP, kfN) >= 0) {
        for (int b = 0; b < 60; b++) {
          double mid = 0.5 * (lo + hi);
          if (excess(mid, kfP, kfN) >= 0) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        return 0.5 * (lo + hi);
      }
      lo = hi;
    }
    return Double.NaN;
  }

  private double excess(double s, double kfP, double kfN) {
    double dirac = mass - s;
    return (as + (bs + cs * s) * s) * s - scalarDensity(kfP, dirac) - scalarDensity(kfN, dirac);
  }

  /** Fermi momentum of one species (spin degeneracy 2) with vector density rho (MeV^3), MeV. */
  private static double fermiMomentum(double rho) {
    return rho <= 0 ? 0.0 : StrictMath.cbrt(3 * Math.PI * Math.PI * rho);
  }

  /** Scalar density of one species with Fermi momentum kf, MeV^3. */
  private static double scalarDensity(double kf, double dirac) {
    if (kf <= 0) {
      return 0.0;
    }
    // sqrt is exactly rounded (IEEE 754), so as reproducible as StrictMath.hypot and far cheaper;
    // kf and M* are below 10^4 MeV, far from overflow
    double ef = Math.sqrt(kf * kf + dirac * dirac);
    double log = StrictMath.log((kf + ef) / dirac);
    return dirac / (2 * Math.PI * Math.PI) * (kf * ef - dirac * dirac * log);
  }

  /** Root of {@code a_w W + C W^3 = rho} (monotonic for C >= 0; Newton from rho/a_w). */
  private double omega(double rho) {
    double w = rho / aw;
    if (c <= 0) {
      return w;
    }
    for (int k = 0; k < 50; k++) {
      double f = aw * w + c * w * w * w - rho;
      double next = w - f / (aw + 3 * c * w * w);
      if (Math.abs(next - w) < 1e-12 * (1 + w)) {
        return next;
      }
      w = next;
    }
    return w;
  }

  private static double sq(double v) {
    return v * v;
  }
}
