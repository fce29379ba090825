package org.nucleiml.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nucleiml.data.Observable;

/**
 * The regressor's accuracy for one observable: pooled over all nuclei, per nucleus, and the
 * distribution agreement per nucleus.
 *
 * @param observable the observable
 * @param pooled the metrics over every point of the sample
 * @param perNucleus the metrics per nucleus, in nucleus order
 * @param distributions the Jensen-Shannon estimates per nucleus
 */
public record ObservableMetrics(Observable observable, RegressionMetrics pooled,
    Map<String, RegressionMetrics> perNucleus, DistributionAgreement distributions) {

  /** Copies the map, keeping its order. */
  public ObservableMetrics {
    perNucleus = Collections.unmodifiableMap(new LinkedHashMap<>(perNucleus));
  }
}
