package org.nucleiml.maven;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.validation.Gate;
import org.nucleiml.validation.Gates;

/**
 * POM form of the validation gates ({@code <gates>}): one optional threshold per metric, judging the
 * value over all nuclei for each observable, plus {@code <overrides>} in the written form
 * {@code minR2[charge_radius@40Ca]=0.98} for one observable or nucleus (docs/validation.md, Gates).
 */
public class GatesConfiguration {

  /** Lowest two-class accuracy, a fraction in [0, 1]. */
  Double minAccuracy;
  /** Lowest four-class accuracy, a fraction in [0, 1] (needs four-class results, which nml:validate has not). */
  Double minFourClassAccuracy;
  /** Lowest R^2 of each observable, at most 1. */
  Double minR2;
  /** Highest MAPE of each observable, in percent. */
  Double maxMapePercent;
  /** Highest 95th percentile of |dX/X| of each observable, a fraction (0.01 = 1 %). */
  Double maxAbsRelErrorP95;
  /** Lowest fraction of points within 1 % of the solver, in [0, 1]. */
  Double minWithin1pct;
  /** Lowest fraction of points within 5 % of the solver, in [0, 1]. */
  Double minWithin5pct;
  /** Highest Jensen-Shannon divergence (worst nucleus) of each observable, bits in [0, 1]. */
  Double maxJsDivergence;
  /** Lowest fraction of solver values inside the emulator's 68% interval (needs an ensemble emulator). */
  Double minCoverage68;
  /** Highest fraction of solver values inside the emulator's 68% interval (needs an ensemble emulator). */
  Double maxCoverage68;
  /** Lowest fraction of solver values inside the emulator's 95% interval (needs an ensemble emulator). */
  Double minCoverage95;
  /** Highest fraction of solver values inside the emulator's 95% interval (needs an ensemble emulator). */
  Double maxCoverage95;
  /** Per-observable or per-nucleus gates such as {@code minR2[charge_radius@40Ca]=0.98}. */
  List<String> overrides;

  /** The gates: the metric fields in declaration order, then the overrides. */
  Gates toGates() {
    List<Gate> gates = new ArrayList<>();
    add(gates, "minAccuracy", minAccuracy);
    add(gates, "minFourClassAccuracy", minFourClassAccuracy);
    add(gates, "minR2", minR2);
    add(gates, "maxMapePercent", maxMapePercent);
    add(gates, "maxAbsRelErrorP95", maxAbsRelErrorP95);
    add(gates, "minWithin1pct", minWithin1pct);
    add(gates, "minWithin5pct", minWithin5pct);
    add(gates, "maxJsDivergence", maxJsDivergence);
    add(gates, "minCoverage68", minCoverage68);
    add(gates, "maxCoverage68", maxCoverage68);
    add(gates, "minCoverage95", minCoverage95);
    add(gates, "maxCoverage95", maxCoverage95);
    if (overrides != null) {
      overrides.stream().filter(o -> o != null && !o.isBlank()).map(o -> Gate.parse(o.trim())).forEach(gates::add);
    }
    return new Gates(gates);
  }

  private static void add(List<Gate> gates, String metric, Double threshold) {
    if (threshold != null) {
      gates.add(Gate.parse(metric, String.valueOf(threshold)));
    }
  }
}
