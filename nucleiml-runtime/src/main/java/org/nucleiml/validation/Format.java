package org.nucleiml.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting shared by gate messages and reports, so a value reads the same everywhere. */
public final class Format {

  private Format() {}

  /**
   * {@code x} rounded to {@code digits} significant digits, without trailing zeros or exponent for
   * magnitudes in [1e-4, 1e7); "undefined" for NaN.
   */
  public static String sig(double x, int digits) {
    if (Double.isNaN(x)) {
      return "undefined";
    }
    if (Double.isInfinite(x) || x == 0) {
      return x == 0 ? "0" : (x > 0 ? "inf" : "-inf");
    }
    BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    double magnitude = Math.abs(x);
    if (magnitude >= 1e-4 && magnitude < 1e7) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    int exponent = rounded.precision() - rounded.scale() - 1;
    return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
  }

  /**
   * An R^2-like value that is often just below 1: enough decimals to show the distance from 1 with two
   * significant digits (0.99998, not 1), at least four; other values as {@link #sig(double, int)} with 4.
   */
  public static String nearOne(double x) {
    if (!(x > 0.99 && x < 1)) {
      return sig(x, 4);
    }
    int decimals = Math.max(4, 1 - (int) Math.floor(StrictMath.log10(1 - x)));
    return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage with {@code decimals} decimals, e.g. 0.9521 -> "95.21%". */
  public static String percent(double fraction, int decimals) {
    if (Double.isNaN(fraction)) {
      return "undefined";
    }
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f%%", 100 * fraction);
  }
}
