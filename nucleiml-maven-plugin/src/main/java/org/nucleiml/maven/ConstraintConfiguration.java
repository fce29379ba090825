package org.nucleiml.maven;

import org.nucleiml.study.config.ConstraintEntry;

/**
 * POM form of one likelihood term: {@code <constraint><nucleus>40Ca</nucleus>
 * <observable>binding_energy</observable></constraint>}. Without a value the measured one is taken;
 * without a width, sigma is 2% of the value.
 */
public class ConstraintConfiguration {

  /** The nucleus, e.g. 40Ca or Pb208. */
  String nucleus;
  /** binding_energy (MeV) or charge_radius (fm). */
  String observable;
  /** The measured value in the observable's unit; default: the experiment tables' value. */
  Double value;
  /** The absolute width in the observable's unit; exclusive with relativeSigma. */
  Double sigma;
  /** The width as a fraction of the value (0.02 = 2%, the default). */
  Double relativeSigma;

  /** The runtime's written form. */
  ConstraintEntry toEntry() {
    return new ConstraintEntry(nucleus, observable, value, sigma, relativeSigma);
  }
}
