package org.nucleiml.maven;

import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.Observable;
import org.nucleiml.physics.Nucleus;

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

  /** The constraint; {@code index} places errors as {@code constraints[i].field}. */
  Constraint toConstraint(int index) {
    String where = "constraints[" + index + "].";
    Nucleus n = parse(where + "nucleus", nucleus);
    Observable o = observable(where + "observable");
    double y = value != null ? value : measured(where + "value", n, o);
    if (sigma != null && relativeSigma != null) {
      throw new InvalidParameterException(where + "sigma", sigma, "no sigma when relativeSigma is set");
    }
    double s = sigma != null ? sigma
        : Math.abs(y) * (relativeSigma != null ? relativeSigma : Constraint.STUDY_RELATIVE_SIGMA);
    if (!(s > 0) || Double.isInfinite(s)) {
      throw new InvalidParameterException(where + (sigma != null ? "sigma" : "relativeSigma"),
          sigma != null ? sigma : relativeSigma, "a width > 0");
    }
    return new Constraint(n, o, y, s);
  }

  private static double measured(String name, Nucleus n, Observable o) {
    try {
      return Constraint.measured(n, o).value();
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(name, "none", "an explicit value: " + n.name() + " has no tabulated "
          + o.key());
    }
  }

  private static Nucleus parse(String name, String text) {
    try {
      return Nucleus.parse(text);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(name, "'" + text + "'", e.allowed());
    }
  }

  private Observable observable(String name) {
    try {
      return Observable.parse(observable);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(name, "'" + observable + "'", e.allowed());
    }
  }
}
