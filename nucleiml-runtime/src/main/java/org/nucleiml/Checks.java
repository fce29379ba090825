package org.nucleiml;

/**
 * Guards for inputs, each throwing {@link InvalidParameterException} with the parameter's name, the
 * value found and what is allowed. Every constructor and entry point uses these, so objects built in
 * code, from JSON, from CSV or from a POM pass the same checks.
 */
public final class Checks {

  private Checks() {}

  /** Requires a finite value (not NaN, not infinite). */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidParameterException(name, value, "a finite number");
    }
    return value;
  }

  /** Requires a finite value strictly greater than zero. */
  public static double positive(String name, double value) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new InvalidParameterException(name, value, "a finite number > 0");
    }
    return value;
  }

  /** Requires a finite value greater than or equal to zero. */
  public static double nonNegative(String name, double value) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new InvalidParameterException(name, value, "a finite number >= 0");
    }
    return value;
  }

  /** Requires a finite value in the open interval (lo, hi). */
  public static double openRange(String name, double value, double lo, double hi) {
    if (!(Double.isFinite(value) && value > lo && value < hi)) {
      throw new InvalidParameterException(name, value, "a finite number in (" + lo + ", " + hi + ")");
    }
    return value;
  }

  /** Requires a finite value in the closed interval [lo, hi]. */
  public static double closedRange(String name, double value, double lo, double hi) {
    if (!(Double.isFinite(value) && value >= lo && value <= hi)) {
      throw new InvalidParameterException(name, value, "a finite number in [" + lo + ", " + hi + "]");
    }
    return value;
  }

  /** Requires an integer greater than zero. */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new InvalidParameterException(name, value, "an integer > 0");
    }
    return value;
  }

  /** Requires an integer greater than or equal to zero. */
  public static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new InvalidParameterException(name, value, "an integer >= 0");
    }
    return value;
  }
}
