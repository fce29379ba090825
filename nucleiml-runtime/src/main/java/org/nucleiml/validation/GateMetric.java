package org.nucleiml.validation;

import java.util.Arrays;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/** A metric a gate can bound, with its direction, allowed thresholds and where its value is read. */
public enum GateMetric {
  MIN_ACCURACY("minAccuracy", "accuracy", true, false, 0, 1),
  MIN_FOUR_CLASS_ACCURACY("minFourClassAccuracy", "four-class accuracy", true, false, 0, 1),
  MIN_R2("minR2", "R^2", true, true, Double.NEGATIVE_INFINITY, 1),
  MAX_MAPE_PERCENT("maxMapePercent", "MAPE (%)", false, true, 0, Double.POSITIVE_INFINITY),
  MAX_ABS_REL_ERROR_P95("maxAbsRelErrorP95", "p95 of |dX/X|", false, true, 0, 1),
  MIN_WITHIN_1PCT("minWithin1pct", "fraction within 1%", true, true, 0, 1),
  MIN_WITHIN_5PCT("minWithin5pct", "fraction within 5%", true, true, 0, 1),
  MAX_JS_DIVERGENCE("maxJsDivergence", "JS divergence (bits)", false, true, 0, 1),
  MIN_COVERAGE_68("minCoverage68", "coverage of the 68% interval", true, true, 0, 1),
  MAX_COVERAGE_68("maxCoverage68", "coverage of the 68% interval", false, true, 0, 1),
  MIN_COVERAGE_95("minCoverage95", "coverage of the 95% interval", true, true, 0, 1),
  MAX_COVERAGE_95("maxCoverage95", "coverage of the 95% interval", false, true, 0, 1);

  private final String key;
  private final String description;
  private final boolean lowerBound;
  private final boolean regressor;
  private final double lo;
  private final double hi;

  GateMetric(String key, String description, boolean lowerBound, boolean regressor, double lo, double hi) {
    this.key = key;
    this.description = description;
    this.lowerBound = lowerBound;
    this.regressor = regressor;
    this.lo = lo;
    this.hi = hi;
  }

  /** The name used in gate specifications and POMs, e.g. "minR2". */
  public String key() {
    return key;
  }

  /** What the metric measures, for reports. */
  public String description() {
    return description;
  }

  /** True when the gate requires actual >= threshold, false when actual <= threshold. */
  public boolean lowerBound() {
    return lowerBound;
  }

  /** True for regressor metrics, which accept an observable and a nucleus; false for the classifier. */
  public boolean regressor() {
    return regressor;
  }

  /** The comparison as text, ">=" or "<=". */
  public String comparison() {
    return lowerBound ? ">=" : "<=";
  }

  /** Whether {@code actual} satisfies {@code threshold}; an undefined (NaN) actual never does. */
  public boolean passes(double actual, double threshold) {
    return lowerBound ? actual >= threshold : actual <= threshold;
  }

  /** Requires a threshold this metric can meaningfully take, naming the gate in the error. */
  double checkThreshold(String gate, double threshold) {
    if (!(Double.isFinite(threshold) && threshold >= lo && threshold <= hi)) {
      throw new InvalidParameterException("gate " + gate, threshold, "a threshold in " + range()
          + " for " + key + " (" + description + (this == MAX_ABS_REL_ERROR_P95 ? ", a fraction: 0.05 = 5%" : "") + ")");
    }
    return threshold;
  }

  /** The metric's value in {@code r}: pooled or one nucleus' regression metrics. */
  double regressionValue(RegressionMetrics r) {
    return switch (this) {
      case MIN_R2 -> r.r2();
      case MAX_MAPE_PERCENT -> r.mapePercent();
      case MAX_ABS_REL_ERROR_P95 -> r.absRelErrorP95();
      case MIN_WITHIN_1PCT -> r.within1pct();
      case MIN_WITHIN_5PCT -> r.within5pct();
      case MIN_COVERAGE_68, MAX_COVERAGE_68 -> r.coverage68();
      case MIN_COVERAGE_95, MAX_COVERAGE_95 -> r.coverage95();
      default -> throw new IllegalStateException(key + " is not read from regression metrics");
    };
  }

  /** Whether the metric judges the emulator's uncertainty, which needs an ensemble. */
  public boolean coverage() {
    return this == MIN_COVERAGE_68 || this == MAX_COVERAGE_68 || this == MIN_COVERAGE_95 || this == MAX_COVERAGE_95;
  }

  /** The keys of all metrics, for error messages. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(GateMetric::key).toList();
  }

  /**
   * The metric named {@code key} (case-sensitive, as in the POM).
   *
   * @throws InvalidParameterException listing the known metrics
   */
  public static GateMetric parse(String gate, String key) {
    for (GateMetric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new InvalidParameterException("gate " + gate, "unknown metric '" + key + "'", "one of " + keys());
  }

  private String range() {
    return (lo == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + lo) + ", " + (hi == Double.POSITIVE_INFINITY ? "inf)" : hi + "]");
  }
}
