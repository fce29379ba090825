package org.nucleiml.maven;

import org.nucleiml.study.config.ModelErrorEntry;

/**
 * POM form of a model error added in quadrature to every sigma of one observable:
 * {@code <modelError><observable>charge_radius</observable><relative>0.005</relative></modelError>}.
 */
public class ModelErrorConfiguration {

  /** binding_energy or charge_radius. */
  String observable;
  /** Absolute error in the observable's unit (default 0). */
  Double absolute;
  /** Relative error of the measured value, 0.01 = 1% (default 0). */
  Double relative;

  /** The runtime's written form. */
  ModelErrorEntry toEntry() {
    return new ModelErrorEntry(observable, absolute, relative);
  }
}
