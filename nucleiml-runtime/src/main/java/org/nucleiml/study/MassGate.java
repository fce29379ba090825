package org.nucleiml.study;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nucleiml.InvalidParameterException;

/**
 * A build gate on a mass-model metric, written {@code metric[subject@set]=threshold}:
 * {@code maxRmsKeV}, {@code maxMaeKeV}, {@code maxP95KeV} with subject a model id (set: train,
 * validation, test, all or an evaluation set) or {@code ws4} (set: a data-set name, all its nuclei), and
 * {@code maxRatio[<model>@test/train]} (the RMS ratio of two sets); for MDN models also
 * {@code minCoverage1Sigma}, {@code minCoverage2Sigma}, {@code minCoverage3Sigma} (lower bounds),
 * {@code maxNll}, {@code maxGkRmsKeV[<model or ws4>@S]} (the GK rms of the means over the data set) and
 * {@code gkImprovement[<model>@<ablation>]} (the GK rms of the model over that of its lambda = 0 ablation,
 * spec 4.8).
 *
 * @param metric maxRmsKeV, maxMaeKeV, maxP95KeV, maxRatio, minCoverage{1,2,3}Sigma, maxNll, maxGkRmsKeV,
 *     gkImprovement, maxRmsMeV or maxEnsembleGain
 * @param subject a model id or ws4
 * @param set a set, a data set, {@code a/b} for maxRatio, or the lambda = 0 model for gkImprovement
 * @param threshold the largest value that passes (the smallest for a min... metric)
 */
public record MassGate(String metric, String subject, String set, double threshold) {

  private static final Pattern SPEC = Pattern.compile("\\s*(\\w+)\\[([^@\\]]+)@([^\\]]+)]\\s*=\\s*(\\S+)\\s*");
  private static final List<String> METRICS = List.of("maxRmsKeV", "maxMaeKeV", "maxP95KeV", "maxRatio",
      "minCoverage1Sigma", "minCoverage2Sigma", "minCoverage3Sigma", "maxNll", "maxGkRmsKeV", "gkImprovement", "maxRmsMeV",
      "maxEnsembleGain");
  private static final String FORM = "metric[model@set]=value, e.g. maxRmsKeV[A-III@test]=250, "
      + "maxRmsKeV[ws4@caseA]=280 or maxRatio[A-III@test/train]=3 (metric maxRmsKeV, maxMaeKeV, maxP95KeV, maxRatio; "
      + "for MDN models also minCoverage1Sigma, minCoverage2Sigma, minCoverage3Sigma, maxNll, maxGkRmsKeV[<model>@S] and gkImprovement[<model>@<lambda=0 model>]; "
      + "for DTEN models also maxRmsMeV[<model or rmf>@<set>] and maxEnsembleGain[<model>@<set>])";

  /** Parses one gate; a malformed one names the text and the form. */
  public static MassGate parse(String text) {
    Matcher m = SPEC.matcher(text == null ? "" : text);
    if (!m.matches() || !METRICS.contains(m.group(1))) {
      throw new InvalidParameterException("gates", text, FORM);
    }
    double threshold;
    try {
      threshold = Double.parseDouble(m.group(4));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("gates", text, "a number after '=': " + FORM);
    }
    String set = m.group(3).trim();
    if (m.group(1).equals("maxRatio") != set.contains("/")) {
      throw new InvalidParameterException("gates", text, "a ratio of two sets (test/train) only for maxRatio: " + FORM);
    }
    return new MassGate(m.group(1), m.group(2).trim(), set, threshold);
  }

  /** The gate as written, without its threshold. */
  public String target() {
    return metric + "[" + subject + "@" + set + "]";
  }

  /** The unit of the threshold and the measured value. */
  String unit() {
    return metric.endsWith("KeV") ? " keV" : metric.endsWith("MeV") ? " MeV" : "";
  }

  /** Whether the threshold is a lower bound (coverage) rather than an upper one. */
  boolean lowerBound() {
    return metric.startsWith("min");
  }

  /** One report line: gate, required and measured value. */
  String describe(double measured) {
    return String.format(Locale.ROOT, "%s: required %s %s%s, measured %s%s: %s", target(), lowerBound() ? ">=" : "<=",
        format(threshold), unit(), String.format(Locale.ROOT, unit().equals(" keV") ? "%.1f" : "%.3f", measured), unit(),
        passes(measured) ? "passed" : "FAILED");
  }

  /** Whether a measured value passes (NaN never does). */
  boolean passes(double measured) {
    return lowerBound() ? measured >= threshold : measured <= threshold;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
