package org.nucleiml.physics.nucleus;

import org.nucleiml.Checks;

/**
 * Charge radius from the point-proton radius: {@code Rch^2 = Rp^2 + protonTerm + neutronTerm N/Z}
 * (proton and neutron mean-square charge radii, fm^2).
 *
 * @param protonTermFm2 the proton's mean-square charge radius, fm^2
 * @param neutronTermFm2 the neutron's (negative) mean-square charge radius, fm^2
 */
public record ChargeRadiusFormula(double protonTermFm2, double neutronTermFm2) {

  /** {@code Rch^2 = Rp^2 + 0.7071 - 0.1161 N/Z}, the convention of the reference data. */
  public static final ChargeRadiusFormula WITH_NEUTRON = new ChargeRadiusFormula(0.7071, -0.1161);

  /** {@code Rch^2 = Rp^2 + 0.64}, the older proton-only form. */
  public static final ChargeRadiusFormula PROTON_ONLY = new ChargeRadiusFormula(0.64, 0.0);

  /** Validates both terms: finite. */
  public ChargeRadiusFormula {
    Checks.finite("proton_term_fm2", protonTermFm2);
    Checks.finite("neutron_term_fm2", neutronTermFm2);
  }

  /** The charge radius, fm; NaN when the squared radius would be negative. */
  public double chargeRadiusFm(double protonRadiusFm, int z, int n) {
    double r2 = protonRadiusFm * protonRadiusFm + protonTermFm2 + neutronTermFm2 * n / (double) z;
    return r2 >= 0 ? Math.sqrt(r2) : Double.NaN;
  }
}
