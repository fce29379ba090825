package org.nucleiml.study.chart;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nucleiml.InvalidParameterException;

/**
 * A build gate of a chart run (spec mass-model-studies 5.11), written
 * {@code minConvergedFraction[chart]=0.9}, {@code maxRmsMeV[NL3@converged]=10} (binding energies of
 * the converged nuclei against AME2020) or {@code maxRchRmsFm[NL3@radii]=0.04} (charge radii of the
 * converged nuclei with a measured radius); the name before {@code @} is the run's coupling set.
 *
 * @param metric minConvergedFraction, maxRmsMeV or maxRchRmsFm
 * @param subject what the brackets say, e.g. {@code chart} or {@code NL3@converged}
 * @param threshold the smallest passing value (min...) or the largest (max...)
 */
public record ChartGate(String metric, String subject, double threshold) {

  private static final Pattern SPEC = Pattern.compile("\\s*(\\w+)\\[([^\\]]+)]\\s*=\\s*(\\S+)\\s*");
  private static final List<String> METRICS = List.of("minConvergedFraction", "maxRmsMeV", "maxRchRmsFm");
  private static final String FORM = "minConvergedFraction[chart]=0.9, maxRmsMeV[<couplingSet>@converged]=10"
      + " or maxRchRmsFm[<couplingSet>@radii]=0.04";

  /**
   * Parses a gate and checks its subject against the run's coupling set.
   *
   * @throws InvalidParameterException naming {@code gates}, the text and the allowed forms
   */
  public static ChartGate parse(String text, String couplingSet) {
    Matcher m = SPEC.matcher(text == null ? "" : text);
    if (!m.matches() || !METRICS.contains(m.group(1))) {
      throw new InvalidParameterException("chartGates", text, FORM);
    }
    String metric = m.group(1);
    String subject = m.group(2).trim();
    String expected = switch (metric) {
      case "minConvergedFraction" -> "chart";
      case "maxRmsMeV" -> couplingSet + "@converged";
      default -> couplingSet + "@radii";
    };
    if (!subject.equalsIgnoreCase(expected)) {
      throw new InvalidParameterException("chartGates", text, metric + "[" + expected + "]=<value> (" + FORM + ")");
    }
    try {
      return new ChartGate(metric, subject, Double.parseDouble(m.group(3)));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("chartGates", text, "a number after '=': " + FORM);
    }
  }

  /** The gate as written, without its threshold. */
  public String target() {
    return metric + "[" + subject + "]";
  }

  /** The measured value of this gate's metric. */
  double measure(ChartMetrics metrics) {
    return switch (metric) {
      case "minConvergedFraction" -> metrics.convergedFraction();
      case "maxRmsMeV" -> metrics.bindingEnergyRmsMeV();
      default -> metrics.chargeRadiusRmsFm();
    };
  }

  /** Whether a measured value passes (NaN never does). */
  boolean passes(double measured) {
    return metric.startsWith("min") ? measured >= threshold : measured <= threshold;
  }

  /** One report line: gate, required and measured value. */
  String describe(double measured) {
    String unit = metric.endsWith("MeV") ? " MeV" : metric.endsWith("Fm") ? " fm" : "";
    return String.format(Locale.ROOT, "%s: required %s %s%s, measured %.4f%s: %s", target(),
        metric.startsWith("min") ? ">=" : "<=", threshold, unit, measured, unit,
        passes(measured) ? "passed" : "FAILED");
  }
}
