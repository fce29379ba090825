package org.nucleiml.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * All regressor metrics of one sample, per observable.
 *
 * @param nuclei the nuclei of the sample, ordered by mass number then proton number
 * @param observables the metrics of each observable
 * @param r2 the unweighted mean of the per-observable R^2 (scikit-learn's multi-output default), the
 *     paper's "global R^2"
 */
public record RegressorMetrics(List<String> nuclei, Map<Observable, ObservableMetrics> observables, double r2) {

  /** Copies the collections. */
  public RegressorMetrics {
    nuclei = List.copyOf(nuclei);
    observables = Collections.unmodifiableMap(new EnumMap<>(observables));
  }

  /**
   * The metrics of the points.
   *
   * @throws InvalidParameterException when there are no points
   */
  public static RegressorMetrics of(List<RegressionPoint> points) {
    if (points.isEmpty()) {
      throw new InvalidParameterException("regression points", "none", "at least one point");
    }
    Map<String, List<RegressionPoint>> byNucleus = byNucleus(points);
    Map<Observable, ObservableMetrics> observables = new EnumMap<>(Observable.class);
    double r2Sum = 0;
    for (Observable o : Observable.values()) {
      ObservableMetrics m = observable(o, points, byNucleus);
      observables.put(o, m);
      r2Sum += m.pooled().r2();
    }
    return new RegressorMetrics(new ArrayList<>(byNucleus.keySet()), observables, r2Sum / observables.size());
  }

  /** The metrics of one observable. */
  public ObservableMetrics get(Observable o) {
    return observables.get(o);
  }

  private static ObservableMetrics observable(Observable o, List<RegressionPoint> points,
      Map<String, List<RegressionPoint>> byNucleus) {
    Map<String, RegressionMetrics> perNucleus = new LinkedHashMap<>();
    byNucleus.forEach((nucleus, list) -> perNucleus.put(nucleus, metrics(o, list)));
    return new ObservableMetrics(o, metrics(o, points), perNucleus, DistributionAgreement.of(o, byNucleus));
  }

  // coverage needs every point's sigma: with one point lacking it, none is reported
  private static RegressionMetrics metrics(Observable o, List<RegressionPoint> points) {
    double[] sigma = points.stream().mapToDouble(p -> p.sigma(o)).toArray();
    return RegressionMetrics.of(points.stream().mapToDouble(p -> p.truth(o)).toArray(),
        points.stream().mapToDouble(p -> p.predicted(o)).toArray(),
        java.util.Arrays.stream(sigma).anyMatch(Double::isNaN) ? null : sigma);
  }

  /** Whether the points carry the emulator's uncertainty (coverage is reported). */
  public boolean hasCoverage() {
    return !Double.isNaN(get(Observable.BINDING_ENERGY).pooled().coverage95());
  }

  private static Map<String, List<RegressionPoint>> byNucleus(List<RegressionPoint> points) {
    Comparator<String> order = Comparator.comparing((String s) -> Nucleus.parse(s).a())
        .thenComparing(s -> Nucleus.parse(s).z());
    Map<String, List<RegressionPoint>> sorted = new TreeMap<>(order);
    for (RegressionPoint p : points) {
      sorted.computeIfAbsent(p.nucleus(), k -> new ArrayList<>()).add(p);
    }
    return new LinkedHashMap<>(sorted);
  }
}
