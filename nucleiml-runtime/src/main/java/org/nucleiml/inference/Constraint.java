package org.nucleiml.inference;

import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * A measured value y +- sigma of an observable of a nucleus, one term of the Gaussian likelihood.
 *
 * @param nucleus the nucleus
 * @param observable the observable
 * @param value the measured value, finite
 * @param sigma the likelihood width, > 0 (the study uses 2% of the value)
 */
public record Constraint(Nucleus nucleus, Observable observable, double value, double sigma) {

  /** The study's relative width: sigma = 2% of the measured value. */
  public static final double STUDY_RELATIVE_SIGMA = 0.02;

  /** Requires a finite value and a positive sigma. */
  public Constraint {
    Checks.finite(nucleus.name() + " " + observable.key() + " value", value);
    Checks.positive(nucleus.name() + " " + observable.key() + " sigma", sigma);
  }

  /** The measured value from the experiment tables with sigma = 2% of it. */
  public static Constraint measured(Nucleus nucleus, Observable observable) {
    double y = observable.experimental(ExperimentalValues.standard(), nucleus).orElseThrow(
        () -> new InvalidParameterException("constraint", nucleus.name() + " " + observable.key(),
            "a nucleus with a tabulated " + observable.key() + ", or an explicit value"));
    return new Constraint(nucleus, observable, y, STUDY_RELATIVE_SIGMA * Math.abs(y));
  }

  /** The study's constraints: BE and Rch of 40Ca and 208Pb, sigma = 2%. */
  public static List<Constraint> study() {
    return List.of(
        measured(Nucleus.parse("40Ca"), Observable.BINDING_ENERGY),
        measured(Nucleus.parse("40Ca"), Observable.CHARGE_RADIUS),
        measured(Nucleus.parse("208Pb"), Observable.BINDING_ENERGY),
        measured(Nucleus.parse("208Pb"), Observable.CHARGE_RADIUS));
  }

  /** What the backend must predict for this constraint. */
  public Target target() {
    return new Target(nucleus, observable);
  }
}
