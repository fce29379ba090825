package org.nucleiml.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.data.Observable;

/**
 * Jensen-Shannon divergence between the solver's and the emulator's distribution of one observable,
 * per nucleus (each over the parameter sets of the sample), with the worst nucleus as the summary.
 *
 * <p>The summary is the maximum over nuclei, not the divergence of the pooled values: pooled binding
 * energies of 16O and 208Pb are so far apart that every bin would hold a single nucleus and any
 * emulator would look perfect.
 *
 * @param observable the observable compared
 * @param perNucleus the estimate per nucleus, in nucleus order
 */
public record DistributionAgreement(Observable observable, Map<String, JsEstimate> perNucleus) {

  /** Copies the map, keeping its order. */
  public DistributionAgreement {
    perNucleus = Collections.unmodifiableMap(new LinkedHashMap<>(perNucleus));
  }

  /** The estimates of {@code observable} for each nucleus of {@code byNucleus}. */
  public static DistributionAgreement of(Observable observable, Map<String, List<RegressionPoint>> byNucleus) {
    Map<String, JsEstimate> estimates = new LinkedHashMap<>();
    byNucleus.forEach((nucleus, points) -> estimates.put(nucleus, JensenShannon.estimate(
        points.stream().mapToDouble(p -> p.truth(observable)).toArray(),
        points.stream().mapToDouble(p -> p.predicted(observable)).toArray())));
    return new DistributionAgreement(observable, estimates);
  }

  /** The nucleus with the largest divergence (the first on ties). */
  public String worstNucleus() {
    String worst = null;
    for (Map.Entry<String, JsEstimate> e : perNucleus.entrySet()) {
      if (worst == null || e.getValue().divergence() > perNucleus.get(worst).divergence()) {
        worst = e.getKey();
      }
    }
    return worst;
  }

  /** The estimate of the worst nucleus. */
  public JsEstimate worst() {
    return perNucleus.get(worstNucleus());
  }
}
