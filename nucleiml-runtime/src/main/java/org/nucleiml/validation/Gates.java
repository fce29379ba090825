package org.nucleiml.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;

/**
 * The configured gates and their evaluation. Of several gates bounding the same metric of the same
 * value, the most specific judges it: a named nucleus beats {@code @*}, and a named observable beats
 * all observables. Gates without a nucleus judge the value pooled over all nuclei (for the
 * Jensen-Shannon divergence, the worst nucleus), which per-nucleus gates never override.
 */
public final class Gates {

  private final List<Gate> gates;

  /**
   * @param gates The gates, each target at most once.
   * @throws InvalidParameterException naming a target configured twice
   */
  public Gates(List<Gate> gates) {
    this.gates = List.copyOf(gates);
    Set<String> seen = new HashSet<>();
    for (Gate g : this.gates) {
      if (!seen.add(g.target())) {
        throw new InvalidParameterException("gate " + g.target(), "configured twice", "each gate target once");
      }
    }
  }

  /** No gates: every run passes. */
  public static Gates none() {
    return new Gates(List.of());
  }

  /** Parses specifications such as {@code minR2[charge_radius@40Ca]=0.98}. */
  public static Gates parse(List<String> specs) {
    return new Gates(specs.stream().map(Gate::parse).toList());
  }

  /** Parses the map form a POM fills: target (e.g. {@code minR2} or {@code minR2[@40Ca]}) to threshold. */
  public static Gates fromMap(Map<String, String> targets) {
    List<Gate> list = new ArrayList<>();
    targets.forEach((target, threshold) -> list.add(Gate.parse(target, threshold)));
    return new Gates(list);
  }

  /** The gates, in configuration order. */
  public List<Gate> gates() {
    return gates;
  }

  /**
   * Judges a sample's metrics.
   *
   * @throws InvalidParameterException when a gate names a nucleus the sample lacks, or needs results
   *     (classifier or regressor) the sample does not have
   */
  public GateReport evaluate(SampleMetrics sample) {
    List<GateResult> results = new ArrayList<>();
    for (Gate g : gates) {
      results.addAll(g.metric().regressor() ? regressor(g, sample) : classifier(g, sample));
    }
    return new GateReport(sample.name(), results);
  }

  private List<GateResult> classifier(Gate g, SampleMetrics sample) {
    if (sample.classifier() == null) {
      throw new InvalidParameterException("gate " + g.target(), "sample '" + sample.name()
          + "' without classifier results", "classifier results to judge, or no classifier gate");
    }
    ClassificationMetrics metrics = g.metric() == GateMetric.MIN_ACCURACY
        ? sample.classifier().binary() : sample.classifier().fourClass();
    if (metrics == null) {
      throw new InvalidParameterException("gate " + g.target(), "sample '" + sample.name()
          + "' without four-class labels", "four-class labels to judge, or no four-class gate");
    }
    double accuracy = metrics.accuracy();
    return List.of(new GateResult(g, null, null, accuracy, g.metric().passes(accuracy, g.threshold()), null));
  }

  private List<GateResult> regressor(Gate g, SampleMetrics sample) {
    RegressorMetrics r = sample.regressor();
    if (r == null) {
      throw new InvalidParameterException("gate " + g.target(), "sample '" + sample.name()
          + "' without regression results", "regression results to judge, or no regressor gate");
    }
    if (g.metric().coverage() && !r.hasCoverage()) {
      throw new InvalidParameterException("gate " + g.target(), "sample '" + sample.name()
          + "' without the emulator's uncertainty (a single network)",
          "an emulator trained with ensembleSize >= 2, or no coverage gate");
    }
    List<Observable> observables = g.observable() == null
        ? Arrays.asList(Observable.values()) : List.of(g.observable());
    List<GateResult> results = new ArrayList<>();
    for (Observable o : observables) {
      for (String nucleus : nuclei(g, r)) {
        double actual = value(g.metric(), r.get(o), nucleus);
        Gate judge = judge(g.metric(), o, nucleus);
        results.add(new GateResult(g, o, nucleus, actual, g.metric().passes(actual, g.threshold()),
            judge == g ? null : judge));
      }
    }
    return results;
  }

  private static List<String> nuclei(Gate g, RegressorMetrics r) {
    if (g.nucleus() == null) {
      return Collections.singletonList(null);
    }
    if (g.nucleus().equals(Gate.EVERY_NUCLEUS)) {
      return r.nuclei();
    }
    if (!r.nuclei().contains(g.nucleus())) {
      throw new InvalidParameterException("gate " + g.target(), "nucleus " + g.nucleus(),
          "a nucleus of the validation sample, one of " + r.nuclei() + ", or * for each");
    }
    return List.of(g.nucleus());
  }

  private static double value(GateMetric metric, ObservableMetrics m, String nucleus) {
    if (metric == GateMetric.MAX_JS_DIVERGENCE) {
      DistributionAgreement d = m.distributions();
      return (nucleus == null ? d.worst() : d.perNucleus().get(nucleus)).divergence();
    }
    return metric.regressionValue(nucleus == null ? m.pooled() : m.perNucleus().get(nucleus));
  }

  // The most specific gate of this metric that covers (observable, nucleus); a null nucleus is the
  // pooled value, covered only by gates without a nucleus.
  private Gate judge(GateMetric metric, Observable o, String nucleus) {
    Gate best = null;
    for (Gate g : gates) {
      boolean observableMatches = g.observable() == null || g.observable() == o;
      boolean nucleusMatches = nucleus == null ? g.nucleus() == null
          : g.nucleus() != null && (g.nucleus().equals(Gate.EVERY_NUCLEUS) || g.nucleus().equals(nucleus));
      if (g.metric() == metric && observableMatches && nucleusMatches
          && (best == null || g.specificity() > best.specificity())) {
        best = g;
      }
    }
    return best;
  }
}
