package org.nucleiml.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.UnseenNucleusR2;

/** Table C1-like rows: R^2 of BE and Rch on the admissible points of nuclei the regressor never saw. */
final class UnseenNuclei {

  private UnseenNuclei() {}

  /** One row per nucleus with at least two points and spread in both observables; others are logged and left out. */
  static List<UnseenNucleusR2> rows(List<Nucleus> unseen, List<RegressionPoint> points, String trainingSet,
      Consumer<String> log) {
    List<UnseenNucleusR2> rows = new ArrayList<>();
    for (Nucleus nucleus : unseen) {
      List<RegressionPoint> own = points.stream().filter(p -> p.nucleus().equals(nucleus.name())).toList();
      double be = r2(own, Observable.BINDING_ENERGY);
      double rch = r2(own, Observable.CHARGE_RADIUS);
      if (Double.isNaN(be) || Double.isNaN(rch)) {
        log.accept("unseen nucleus " + nucleus.name() + ": " + own.size()
            + " admissible points, too few (or without spread) for R^2; left out of the table");
      } else {
        rows.add(new UnseenNucleusR2(nucleus.name(), trainingSet, be, rch));
      }
    }
    return rows;
  }

  /** 1 - SS_res / SS_tot; NaN when fewer than two points or all true values are equal. */
  static double r2(List<RegressionPoint> points, Observable o) {
    if (points.size() < 2) {
      return Double.NaN;
    }
    double mean = points.stream().mapToDouble(p -> p.truth(o)).average().orElse(Double.NaN);
    double total = 0;
    double residual = 0;
    for (RegressionPoint p : points) {
      total += (p.truth(o) - mean) * (p.truth(o) - mean);
      residual += (p.truth(o) - p.predicted(o)) * (p.truth(o) - p.predicted(o));
    }
    return total > 0 ? 1 - residual / total : Double.NaN;
  }
}
