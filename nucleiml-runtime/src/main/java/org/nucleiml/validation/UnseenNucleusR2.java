package org.nucleiml.validation;

import org.nucleiml.Checks;
import org.nucleiml.physics.Nucleus;

/**
 * One cell pair of a Table C1-like study: R^2 of binding energy and charge radius of a nucleus the
 * regressor never saw, when trained on a given training set.
 *
 * @param nucleus the unseen nucleus, normalised to the study's name
 * @param trainingSet the training set's name, e.g. "initial", "+I", "+II"
 * @param bindingEnergyR2 R^2 of the binding energy (may be negative)
 * @param chargeRadiusR2 R^2 of the charge radius (may be negative)
 */
public record UnseenNucleusR2(String nucleus, String trainingSet, double bindingEnergyR2, double chargeRadiusR2) {

  /** Validates the nucleus and that R^2 values are finite and at most 1. */
  public UnseenNucleusR2 {
    nucleus = Nucleus.parse(nucleus).name();
    Checks.closedRange("bindingEnergyR2 of " + nucleus, bindingEnergyR2, Double.NEGATIVE_INFINITY, 1);
    Checks.closedRange("chargeRadiusR2 of " + nucleus, chargeRadiusR2, Double.NEGATIVE_INFINITY, 1);
  }
}
