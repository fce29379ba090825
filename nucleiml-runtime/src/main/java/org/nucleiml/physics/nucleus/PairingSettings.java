package org.nucleiml.physics.nucleus;

import org.nucleiml.Checks;

/**
 * Constant-gap BCS pairing for species whose last occupied level is only partly filled: gap {@code
 * Delta = gapCoefficient / sqrt(A)} MeV, acting on the levels within {@code window hbar omega}
 * ({@code hbar omega = 41 A^(-1/3)} MeV) of the Fermi level of the sharp filling.
 *
 * @param enabled false fills a partly occupied last level uniformly instead (no pairing energy)
 * @param gapCoefficientMeV the coefficient of {@code 1/sqrt(A)}, MeV (12 by default), > 0
 * @param windowInHbarOmega half-width of the pairing window in units of {@code hbar omega}, > 0
 */
public record PairingSettings(boolean enabled, double gapCoefficientMeV, double windowInHbarOmega) {

  /** BCS with {@code Delta = 12/sqrt(A)} MeV in a window of one oscillator spacing. */
  public static final PairingSettings DEFAULT = new PairingSettings(true, 12.0, 1.0);

  /** Validates the gap coefficient and the window: finite and positive. */
  public PairingSettings {
    Checks.positive("gap_coefficient_MeV", gapCoefficientMeV);
    Checks.positive("pairing_window_hbar_omega", windowInHbarOmega);
  }

  /** The gap for mass number A, MeV. */
  public double gapMeV(int massNumber) {
    return gapCoefficientMeV / Math.sqrt(massNumber);
  }

  /** The half-width of the pairing window for mass number A, MeV. */
  public double windowMeV(int massNumber) {
    return windowInHbarOmega * 41.0 * StrictMath.pow(massNumber, -1.0 / 3.0);
  }
}
