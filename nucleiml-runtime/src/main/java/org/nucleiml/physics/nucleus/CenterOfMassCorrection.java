package org.nucleiml.physics.nucleus;

import org.nucleiml.Checks;

/**
 * Centre-of-mass correction of the binding energy in the oscillator estimate {@code E_cm = -(3/4)
 * hbar omega} with {@code hbar omega = coefficient A^(-1/3)} MeV.
 *
 * @param hbarOmegaCoefficientMeV the coefficient of {@code A^(-1/3)}, MeV; 0 switches it off
 */
public record CenterOfMassCorrection(double hbarOmegaCoefficientMeV) {

  /** The usual {@code E_cm = -(3/4) 41 A^(-1/3)} MeV. */
  public static final CenterOfMassCorrection OSCILLATOR = new CenterOfMassCorrection(41.0);

  /** No correction. */
  public static final CenterOfMassCorrection NONE = new CenterOfMassCorrection(0.0);

  /** Validates the coefficient: finite and >= 0. */
  public CenterOfMassCorrection {
    Checks.nonNegative("hbar_omega_coefficient_MeV", hbarOmegaCoefficientMeV);
  }

  /** The correction to the total energy (negative or zero), MeV. */
  public double energyMeV(int massNumber) {
    return -0.75 * hbarOmegaCoefficientMeV * StrictMath.pow(massNumber, -1.0 / 3.0);
  }
}
