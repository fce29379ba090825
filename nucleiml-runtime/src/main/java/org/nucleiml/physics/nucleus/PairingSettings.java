package org.nucleiml.physics.nucleus;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Pairing of the RMF solver (docs/physics-finite-nuclei.md, section 2). Both BCS prescriptions act on
 * the levels within {@code window hbar omega} ({@code hbar omega = 41 A^(-1/3)} MeV) of the Fermi
 * level of the sharp filling.
 *
 * @param prescription constant-gap BCS for partly filled last levels, none (uniform filling), or a
 *     constant-G force for every species
 * @param gapCoefficientMeV constant gap {@code Delta = c/sqrt(A)}: the coefficient c, MeV (12), > 0
 * @param windowInHbarOmega half-width of the pairing window in units of {@code hbar omega}, > 0
 * @param strengthCoefficientMeV constant-G strength {@code G = g0/A}: the coefficient g0, MeV (20),
 *     > 0
 */
public record PairingSettings(PairingPrescription prescription, double gapCoefficientMeV,
    double windowInHbarOmega, double strengthCoefficientMeV) {

  /** Default g0 of {@code G = g0/A}, MeV: the textbook estimate G ~ 20/A MeV (section 2 of the doc). */
  public static final double DEFAULT_STRENGTH_COEFFICIENT_MEV = 20.0;

  /** Constant-gap BCS with {@code Delta = 12/sqrt(A)} MeV in a window of one oscillator spacing. */
  public static final PairingSettings DEFAULT = new PairingSettings(PairingPrescription.CONSTANT_GAP,
      12.0, 1.0, DEFAULT_STRENGTH_COEFFICIENT_MEV);

  /** Validates the prescription, gap coefficient, window and strength: finite and positive. */
  public PairingSettings {
    if (prescription == null) {
      throw new InvalidParameterException("pairing", "null", "constant-gap, none or constant-g");
    }
    Checks.positive("gap_coefficient_MeV", gapCoefficientMeV);
    Checks.positive("pairing_window_hbar_omega", windowInHbarOmega);
    Checks.positive("pairing_strength_coefficient_MeV", strengthCoefficientMeV);
  }

  /**
   * Constant-gap BCS ({@code enabled}) or no pairing, with the default constant-G strength (the form
   * recorded by data sets written before the constant-G force existed).
   */
  public PairingSettings(boolean enabled, double gapCoefficientMeV, double windowInHbarOmega) {
    this(enabled ? PairingPrescription.CONSTANT_GAP : PairingPrescription.NONE, gapCoefficientMeV,
        windowInHbarOmega, DEFAULT_STRENGTH_COEFFICIENT_MEV);
  }

  /** The default settings with another prescription. */
  public static PairingSettings of(PairingPrescription prescription) {
    return DEFAULT.withPrescription(prescription);
  }

  /** Whether any pairing acts (false for the filling approximation). */
  public boolean enabled() {
    return prescription != PairingPrescription.NONE;
  }

  /** A copy with another prescription. */
  public PairingSettings withPrescription(PairingPrescription p) {
    return new PairingSettings(p, gapCoefficientMeV, windowInHbarOmega, strengthCoefficientMeV);
  }

  /**
   * The record form of the settings, enabled flag first: constant-gap and none print exactly as
   * before the prescription existed ({@code PairingSettings[enabled=true, ...]}), since this text
   * is part of the posterior's identity (SolverBackend) and a default run must keep its fingerprint;
   * constant-g adds the prescription and G's coefficient.
   */
  @Override
  public String toString() {
    String base = "PairingSettings[enabled=" + enabled() + ", gapCoefficientMeV=" + gapCoefficientMeV
        + ", windowInHbarOmega=" + windowInHbarOmega;
    return prescription != PairingPrescription.CONSTANT_G ? base + "]"
        : base + ", prescription=" + prescription.key() + ", strengthCoefficientMeV="
            + strengthCoefficientMeV + "]";
  }

  /** The constant gap for mass number A, MeV. */
  public double gapMeV(int massNumber) {
    return gapCoefficientMeV / Math.sqrt(massNumber);
  }

  /** The constant-G pairing matrix element for mass number A, MeV. */
  public double strengthMeV(int massNumber) {
    return strengthCoefficientMeV / massNumber;
  }

  /** The half-width of the pairing window for mass number A, MeV. */
  public double windowMeV(int massNumber) {
    return windowInHbarOmega * 41.0 * StrictMath.pow(massNumber, -1.0 / 3.0);
  }
}
