package org.nucleiml.inference;

import java.util.Objects;
import org.nucleiml.Checks;
import org.nucleiml.data.Observable;

/**
 * A model (theory or emulator) error of one observable, added in quadrature to each constraint's sigma:
 * sigma_model = sqrt(absolute^2 + (relative * |y|)^2), with y the measured value.
 *
 * @param observable the observable it applies to
 * @param absolute absolute error in the observable's unit, >= 0
 * @param relative relative error (0.01 = 1%), >= 0
 */
public record ModelError(Observable observable, double absolute, double relative) {

  /** Requires non-negative parts. */
  public ModelError {
    Objects.requireNonNull(observable, "observable");
    Checks.nonNegative(observable.key() + " model error absolute", absolute);
    Checks.nonNegative(observable.key() + " model error relative", relative);
  }

  /** The error for a measured value y. */
  public double sigma(double y) {
    return StrictMath.hypot(absolute, relative * y);
  }
}
