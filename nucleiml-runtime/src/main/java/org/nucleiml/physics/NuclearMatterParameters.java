package org.nucleiml.physics;

import org.nucleiml.Checks;

/**
 * The seven nuclear-matter parameters (NMPs) at saturation of symmetric matter.
 *
 * @param rho0 saturation density, fm^-3 ({@code rho0}), > 0
 * @param e0 energy per nucleon at saturation without rest mass, MeV ({@code E0})
 * @param k0 incompressibility 9 rho^2 e'', MeV ({@code K0}), > 0
 * @param q0 skewness 27 rho^3 e''', MeV ({@code Q0})
 * @param mStarOverM Dirac effective mass over nucleon mass ({@code mstar_over_m}), in (0, 1)
 * @param j0 symmetry energy, MeV ({@code J0}), > 0
 * @param l0 slope of the symmetry energy 3 rho S', MeV ({@code L0})
 */
public record NuclearMatterParameters(
    double rho0, double e0, double k0, double q0, double mStarOverM, double j0, double l0) {

  /** Names of the parameters in files, JSON and the data set, in record order. */
  public static final java.util.List<String> NAMES =
      java.util.List.of("rho0", "E0", "K0", "Q0", "mstar_over_m", "J0", "L0");

  /** Validates the physically required ranges; everything must be finite. */
  public NuclearMatterParameters {
    Checks.positive("rho0", rho0);
    Checks.finite("E0", e0);
    Checks.positive("K0", k0);
    Checks.finite("Q0", q0);
    Checks.openRange("mstar_over_m", mStarOverM, 0.0, 1.0);
    Checks.positive("J0", j0);
    Checks.finite("L0", l0);
  }

  /** Builds from values in the order of {@link #NAMES}. */
  public static NuclearMatterParameters fromArray(double[] v) {
    if (v.length != 7) {
      throw new org.nucleiml.InvalidParameterException("nmp", v.length + " values", "7 values " + NAMES);
    }
    return new NuclearMatterParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }

  /** Values in the order of {@link #NAMES}. */
  public double[] toArray() {
    return new double[] {rho0, e0, k0, q0, mStarOverM, j0, l0};
  }
}
