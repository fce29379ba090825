package org.nucleiml.emulator;

/**
 * What the emulator says about one (NMP set, nucleus).
 *
 * @param admissibleProbability probability that the RMF solver gives an admissible result
 * @param bindingEnergy binding energy in MeV (meaningful where admissible)
 * @param chargeRadius charge radius in fm (meaningful where admissible)
 */
public record EmulatorPrediction(double admissibleProbability, double bindingEnergy, double chargeRadius) {

  /** Whether the admissibility probability is at least one half. */
  public boolean admissible() {
    return admissibleProbability >= 0.5;
  }
}
