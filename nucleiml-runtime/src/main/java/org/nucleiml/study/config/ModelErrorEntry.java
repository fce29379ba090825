package org.nucleiml.study.config;

import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.ModelError;
import org.nucleiml.data.Observable;

/**
 * The written form of a model error added in quadrature to every sigma of one observable.
 *
 * @param observable binding_energy or charge_radius
 * @param absolute absolute error in the observable's unit, or null for 0
 * @param relative relative error of the measured value (0.01 = 1%), or null for 0
 */
public record ModelErrorEntry(String observable, Double absolute, Double relative) {

  /** The model error; {@code where} prefixes parameter names in errors, e.g. {@code modelErrors[0].}. */
  public ModelError toModelError(String where) {
    Observable o;
    try {
      o = Observable.parse(observable);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(where + "observable", "'" + observable + "'", e.allowed());
    }
    return new ModelError(o, absolute == null ? 0 : absolute, relative == null ? 0 : relative);
  }
}
