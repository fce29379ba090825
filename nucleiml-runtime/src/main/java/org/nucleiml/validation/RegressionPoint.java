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
 */
public record RegressionPoint(String nucleus, double trueBindingEnergy, double predictedBindingEnergy,
    double trueChargeRadius, double predictedChargeRadius) {

  /** Validates the nucleus name and that all values are finite and true values non-zero. */
  public RegressionPoint {
    nucleus = Nucleus.parse(nucleus).name();
    nonZero("trueBindingEnergy", trueBindingEnergy);
    Checks.finite("predictedBindingEnergy", predictedBindingEnergy);
    nonZero("trueChargeRadius", trueChargeRadius);
    Checks.finite("predictedChargeRadius", predictedChargeRadius);
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
