package org.nucleiml.physics.matter;

/**
 * Why no couplings of the model reproduce a set of nuclear-matter parameters; the inverse map tests
 * the conditions in declaration order and reports the first that fails.
 */
public enum NoCouplingsReason {
  /** m + E0 - E_F <= 0: the repulsive vector field would have to vanish or be attractive. */
  W_NONPOSITIVE("the vector field W0 = m + E0 - E_F must be > 0"),
  /** K0 >= 3 kF^2/E_F + 9 W0: the sigma curvature would be <= 0 for every allowed C. */
  K0_TOO_LARGE("K0 must be below 3 kF^2/E_F + 9 W0 (sigma curvature > 0)"),
  /** Q0 above the largest skewness reachable with C >= 0 (it would need C < 0). */
  Q0_TOO_HIGH("Q0 must not exceed the largest skewness reachable with C >= 0"),
  /** Q0 below the smallest skewness reachable even with all omega repulsion in the quartic term. */
  Q0_TOO_LOW("Q0 must not be below the smallest skewness reachable with C in [0, C_max)"),
  /** a_s = m_sigma^2/g_sigma^2 <= 0 at the selected C. */
  GS2_NONPOSITIVE("g_sigma^2 must be > 0"),
  /** J0 <= kF^2/(6 E_F): the rho meson would need g_rho^2 < 0. */
  JPOT_NONPOSITIVE("J0 must exceed the kinetic symmetry energy kF^2/(6 E_F)"),
  /** a_r = m_rho^2/g_rho^2 <= 0 (equivalently the effective rho mass^2 <= 0 at saturation). */
  GR2_NONPOSITIVE("g_rho^2 must be > 0 (L0 too small for J0)");

  private final String requirement;

  NoCouplingsReason(String requirement) {
    this.requirement = requirement;
  }

  /** The condition that failed, in words. */
  public String requirement() {
    return requirement;
  }
}
