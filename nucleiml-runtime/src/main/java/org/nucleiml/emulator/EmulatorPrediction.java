package org.nucleiml.emulator;

/**
 * What the emulator says about one (NMP set, nucleus).
 *
 * @param admissibleProbability probability that the RMF solver gives an admissible result
 * @param bindingEnergy binding energy in MeV (meaningful where admissible)
 * @param chargeRadius charge radius in fm (meaningful where admissible)
 * @param sigmaBindingEnergy the ensemble's standard deviation of the binding energy, MeV (0 for a single
 *     network)
 * @param sigmaChargeRadius the ensemble's standard deviation of the charge radius, fm (0 for a single
 *     network)
 */
public record EmulatorPrediction(double admissibleProbability, double bindingEnergy, double chargeRadius,
    double sigmaBindingEnergy, double sigmaChargeRadius) {

  /** A prediction without uncertainty (a single network). */
  public EmulatorPrediction(double admissibleProbability, double bindingEnergy, double chargeRadius) {
    this(admissibleProbability, bindingEnergy, chargeRadius, 0.0, 0.0);
  }

  /** Whether the admissibility probability is at least one half. */
  public boolean admissible() {
    return admissibleProbability >= 0.5;
  }
}
