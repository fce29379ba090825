package org.nucleiml.emulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nucleiml.InvalidParameterException;

/**
 * How an ensemble's variance is calibrated on the regressor's validation split ({@code varianceCalibration}).
 * Two choices: the target of the fit (unit variance of the standardised residuals z = (t - mean) / sigma,
 * or the 95% interval mean +- 1.96 sigma covering 95% of the rows) and its scope (one factor per output,
 * or one per nucleus and output). The errors are heavier-tailed than a Gaussian, so unit variance (which
 * the tail dominates) makes the 68% bars too wide; the quantile fit sets the 95% bars exactly.
 */
public enum CalibrationMethod {

  /** One factor per output: standardised residuals of unit variance (the default). */
  GLOBAL("global", false, false),
  /** One factor per nucleus and output: unit variance. */
  PER_NUCLEUS("per-nucleus", true, false),
  /** One factor per output: 95% of the rows inside mean +- 1.96 sigma. */
  QUANTILE("quantile", false, true),
  /** One factor per nucleus and output: 95% of that nucleus' rows inside mean +- 1.96 sigma. */
  PER_NUCLEUS_QUANTILE("per-nucleus-quantile", true, true);

  /** The default as the configuration writes it. */
  public static final String DEFAULT = "global";

  private final String text;
  private final boolean perNucleus;
  private final boolean quantile;

  CalibrationMethod(String text, boolean perNucleus, boolean quantile) {
    this.text = text;
    this.perNucleus = perNucleus;
    this.quantile = quantile;
  }

  /**
   * The method named {@code text} (case-insensitive).
   *
   * @throws InvalidParameterException naming {@code parameter}, the value and the allowed values
   */
  public static CalibrationMethod parse(String parameter, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.text.equals(t)).findFirst()
        .orElseThrow(() -> new InvalidParameterException(parameter, text, allowed()));
  }

  /** The allowed values, comma-separated. */
  public static String allowed() {
    return Arrays.stream(values()).map(CalibrationMethod::text).collect(Collectors.joining(", "));
  }

  /** The name in POMs, on the command line and in emulator.json. */
  public String text() {
    return text;
  }

  /** Whether each trained nucleus gets its own factors. */
  public boolean perNucleus() {
    return perNucleus;
  }

  /** Whether the factor sets the 95% interval's coverage instead of the residuals' variance. */
  public boolean quantile() {
    return quantile;
  }

  @Override
  public String toString() {
    return text;
  }
}
