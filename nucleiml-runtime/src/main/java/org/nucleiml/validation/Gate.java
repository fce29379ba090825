package org.nucleiml.validation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * A bound on one metric, for one or all observables and for the pooled sample, every nucleus or one
 * nucleus. Written {@code metric[observable@nucleus]=threshold}, each part of the brackets optional:
 * {@code minR2=0.99} (pooled R^2 of every observable), {@code minR2[charge_radius]=0.995},
 * {@code minR2[@*]=0.8} (each nucleus, every observable), {@code minR2[charge_radius@40Ca]=0.98}.
 *
 * @param metric the bounded metric
 * @param observable the observable, or null for every observable (always null for classifier metrics)
 * @param nucleus null for the value pooled over all nuclei, {@link #EVERY_NUCLEUS} for each nucleus,
 *     or a nucleus name (always null for classifier metrics)
 * @param threshold the bound, in the metric's range
 */
public record Gate(GateMetric metric, Observable observable, String nucleus, double threshold) {

  /** The nucleus value meaning "each nucleus separately". */
  public static final String EVERY_NUCLEUS = "*";

  private static final Pattern SPEC = Pattern.compile(
      "\\s*([A-Za-z0-9]+)\\s*(?:\\[\\s*([A-Za-z_]*)\\s*(?:@\\s*([A-Za-z0-9*-]+)\\s*)?\\])?\\s*");

  /** Validates the threshold and that classifier metrics have no observable or nucleus. */
  public Gate {
    if (metric == null) {
      throw new InvalidParameterException("gate", null, "a metric, one of " + GateMetric.keys());
    }
    if (nucleus != null && !nucleus.equals(EVERY_NUCLEUS)) {
      nucleus = Nucleus.parse(nucleus).name();
    }
    if (!metric.regressor() && (observable != null || nucleus != null)) {
      throw new InvalidParameterException("gate " + target(metric, observable, nucleus), "an observable or nucleus",
          "none: " + metric.key() + " is a classifier metric, write " + metric.key() + "=<threshold>");
    }
    metric.checkThreshold(target(metric, observable, nucleus), threshold);
  }

  /**
   * Parses {@code metric[observable@nucleus]=threshold}.
   *
   * @throws InvalidParameterException naming the specification and what is allowed
   */
  public static Gate parse(String spec) {
    int eq = spec == null ? -1 : spec.indexOf('=');
    if (eq < 0) {
      throw new InvalidParameterException("gate", spec == null ? null : "'" + spec + "'",
          "metric[observable@nucleus]=threshold, e.g. minR2[charge_radius@40Ca]=0.98");
    }
    return parse(spec.substring(0, eq), spec.substring(eq + 1));
  }

  /** Parses a target {@code metric[observable@nucleus]} and its threshold given apart (the map form). */
  public static Gate parse(String target, String threshold) {
    Matcher m = SPEC.matcher(target);
    if (!m.matches()) {
      throw new InvalidParameterException("gate", "'" + target + "'",
          "metric[observable@nucleus], e.g. minR2, minR2[binding_energy], minR2[@208Pb], minR2[charge_radius@40Ca]");
    }
    GateMetric metric = GateMetric.parse(target.trim(), m.group(1));
    Observable observable = m.group(2) == null || m.group(2).isEmpty()
        ? null : Observable.parse("gate " + target.trim() + " observable", m.group(2));
    return new Gate(metric, observable, m.group(3), number(target.trim(), threshold));
  }

  /** The target as written, e.g. {@code minR2[charge_radius@40Ca]}. */
  public String target() {
    return target(metric, observable, nucleus);
  }

  /** The full specification, e.g. {@code minR2[charge_radius@40Ca]=0.98}. */
  public String spec() {
    // Shortest exact decimal, so "=1" not "=1.0" and the specification parses back to this gate.
    return target() + "=" + BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
  }

  /** How specific the gate is: a nucleus counts more than an observable, so it overrides. */
  int specificity() {
    int n = nucleus == null || nucleus.equals(EVERY_NUCLEUS) ? 0 : 2;
    return n + (observable == null ? 0 : 1);
  }

  static String target(GateMetric metric, Observable observable, String nucleus) {
    if (observable == null && nucleus == null) {
      return metric.key();
    }
    return metric.key() + "[" + (observable == null ? "" : observable.key())
        + (nucleus == null ? "" : "@" + nucleus) + "]";
  }

  private static double number(String gate, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidParameterException("gate " + gate, text == null ? null : "'" + text + "'", "a number");
    }
  }
}
