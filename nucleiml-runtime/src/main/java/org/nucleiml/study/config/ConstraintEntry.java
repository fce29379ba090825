package org.nucleiml.study.config;

import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.Constraint;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * The written form of one likelihood term, as a POM {@code <constraint>} or a CLI
 * {@code --constraint} gives it. Without a value the measured one is taken; without a width, sigma is
 * 2% of the value.
 *
 * @param nucleus the nucleus, e.g. 40Ca
 * @param observable binding_energy or charge_radius
 * @param value the measured value in the observable's unit, or null for the tabulated one
 * @param sigma the absolute width, or null; exclusive with relativeSigma
 * @param relativeSigma the width as a fraction of the value, or null for 2%
 */
public record ConstraintEntry(String nucleus, String observable, Double value, Double sigma, Double relativeSigma) {

  /** The constraint; {@code where} prefixes parameter names in errors, e.g. {@code constraints[0].}. */
  public Constraint toConstraint(String where) {
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
