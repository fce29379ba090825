package org.nucleiml.maven;

import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.ModelError;
import org.nucleiml.inference.Observable;

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

  /** The model error; {@code index} places errors as {@code modelErrors[i].field}. */
  ModelError toModelError(int index) {
    Observable o;
    try {
      o = Observable.parse(observable);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException("modelErrors[" + index + "].observable", "'" + observable + "'", e.allowed());
    }
    return new ModelError(o, absolute == null ? 0 : absolute, relative == null ? 0 : relative);
  }
}
