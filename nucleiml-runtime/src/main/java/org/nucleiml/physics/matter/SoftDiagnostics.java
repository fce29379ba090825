package org.nucleiml.physics.matter;

/**
 * Properties of valid couplings worth a warning but not a rejection (the equations are solved
 * exactly; the physics may still be odd away from saturation).
 *
 * @param rootCount how many C (values of t) reproduce Q0; above 1 the smallest C was chosen
 * @param negativeLambdaV Lambda_v < 0: the effective rho mass decreases with density
 * @param rhoMassVanishingDensityFm3 density rho_c (fm^-3) where m_rho*^2 reaches zero and the
 *     symmetry energy diverges; NaN when Lambda_v >= 0
 * @param negativeB B < 0: the quartic sigma potential is unbounded from below
 * @param extremeCouplings some meson-nucleon coupling exceeds {@link #EXTREME_COUPLING}, which
 *     happens near the border of the valid region (g_sigma grows without bound as a_s -> 0+)
 */
public record SoftDiagnostics(int rootCount, boolean negativeLambdaV,
    double rhoMassVanishingDensityFm3, boolean negativeB, boolean extremeCouplings) {

  /**
   * Threshold of {@link #extremeCouplings()}: about six times the largest meson-nucleon coupling of
   * the literature reference sets (g_rho = 14.6 of XS, g_omega = 16.1).
   */
  public static final double EXTREME_COUPLING = 100;

  /** True when rho_c exists and lies below {@code factor} times the saturation density {@code rho0}. */
  public boolean rhoMassVanishesBelow(double factor, double rho0) {
    return rhoMassVanishingDensityFm3 < factor * rho0;
  }
}
