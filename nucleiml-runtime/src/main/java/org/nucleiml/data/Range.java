package org.nucleiml.data;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * A closed interval [min, max] of one nuclear-matter parameter.
 *
 * @param name the parameter's name, used in error messages (e.g. {@code K0})
 * @param min lower end
 * @param max upper end, > min
 */
public record Range(String name, double min, double max) {

  /** Validates finite ends with min < max. */
  public Range {
    Checks.finite(name + ".min", min);
    Checks.finite(name + ".max", max);
    if (!(min < max)) {
      throw new InvalidParameterException(name, "min " + min + " >= max " + max, "min < max");
    }
  }

  /** The value at fraction {@code u} in [0, 1] of the interval. */
  public double at(double u) {
    return min + u * (max - min);
  }

  /** True when {@code x} lies in the interval. */
  public boolean contains(double x) {
    return x >= min && x <= max;
  }

  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
