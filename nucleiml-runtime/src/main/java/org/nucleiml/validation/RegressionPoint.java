package org.nucleiml.validation;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * One test point of the regressor: the solver's (true) and the emulator's (predicted) binding energy
 * and charge radius of one nucleus for one parameter set.
 *
 * @param nucleus the nucleus, normalised to the study's name ("pb208" becomes "208Pb")
 * @param trueBindingEnergy the RMF binding energy, MeV, non-zero
 * @param predictedBindingEnergy the emulator's binding energy, MeV
 * @param trueChargeRadius the RMF charge radius, fm, non-zero
 * @param predictedChargeRadius the emulator's charge radius, fm
 * @param sigmaBindingEnergy the emulator's standard deviation of its binding energy, MeV (an ensemble's
 *     spread), or NaN when the emulator gives none
 * @param sigmaChargeRadius the emulator's standard deviation of its charge radius, fm, or NaN
 */
public record RegressionPoint(String nucleus, double trueBindingEnergy, double predictedBindingEnergy,
    double trueChargeRadius, double predictedChargeRadius, double sigmaBindingEnergy, double sigmaChargeRadius) {

  /**
   * Validates the nucleus name, that all values are finite and true values non-zero, and that each
   * sigma is NaN (none) or finite and >= 0.
   */
  public RegressionPoint {
    nucleus = Nucleus.parse(nucleus).name();
    nonZero("trueBindingEnergy", trueBindingEnergy);
    Checks.finite("predictedBindingEnergy", predictedBindingEnergy);
    nonZero("trueChargeRadius", trueChargeRadius);
    Checks.finite("predictedChargeRadius", predictedChargeRadius);
    sigma("sigmaBindingEnergy", sigmaBindingEnergy);
    sigma("sigmaChargeRadius", sigmaChargeRadius);
  }

  /** A point without the emulator's uncertainty (a single network). */
  public RegressionPoint(String nucleus, double trueBindingEnergy, double predictedBindingEnergy,
      double trueChargeRadius, double predictedChargeRadius) {
    this(nucleus, trueBindingEnergy, predictedBindingEnergy, trueChargeRadius, predictedChargeRadius, Double.NaN,
        Double.NaN);
  }

  /** The emulator's standard deviation of an observable; NaN when it gives none. */
  public double sigma(Observable o) {
    return o == Observable.BINDING_ENERGY ? sigmaBindingEnergy : sigmaChargeRadius;
  }

  private static void sigma(String name, double value) {
    if (!Double.isNaN(value) && !(value >= 0 && Double.isFinite(value))) {
      throw new InvalidParameterException(name, value, "NaN (no uncertainty) or a finite number >= 0");
    }
  }

  /** The solver's value of an observable. */
  public double truth(Observable o) {
    return o == Observable.BINDING_ENERGY ? trueBindingEnergy : trueChargeRadius;
  }

  /** The emulator's value of an observable. */
  public double predicted(Observable o) {
    return o == Observable.BINDING_ENERGY ? predictedBindingEnergy : predictedChargeRadius;
  }

  // dX/X divides by the true value, so zero would make every relative metric undefined.
  private static void nonZero(String name, double value) {
    if (!Double.isFinite(value) || value == 0) {
      throw new InvalidParameterException(name, value, "a finite non-zero number");
    }
  }
}
