package org.nucleiml.validation.report;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.JsEstimate;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.ObservableMetrics;
import org.nucleiml.validation.RegressionMetrics;
import org.nucleiml.validation.RegressorMetrics;

/** The regressor's tables: one summary row per observable and one per-nucleus table per observable. */
final class RegressorTables {

  private RegressorTables() {}

  static List<ReportSection> sections(RegressorMetrics r, List<PlotFile> plots) {
    String coverage = r.hasCoverage() ? " Coverage: the fraction of points whose solver value lies inside the"
        + " emulator's central 68% / 95% interval (mean +- " + RegressionMetrics.Z68 + " / " + RegressionMetrics.Z95
        + " sigma, sigma the ensemble's spread)." : "";
    List<String> p = List.of("Global R^2 (mean over observables) " + Format.nearOne(r.r2()) + " on "
        + r.get(Observable.BINDING_ENERGY).pooled().n() + " points of " + r.nuclei().size() + " nuclei ("
        + String.join(", ", r.nuclei()) + "). JS is the worst nucleus' divergence." + coverage);
    List<Table> tables = new ArrayList<>();
    tables.add(summary(r));
    for (Observable o : Observable.values()) {
      tables.add(perNucleus(r.get(o)));
    }
    return List.of(new ReportSection(3, "Regressor", p, tables, plots));
  }

  private static Table summary(RegressorMetrics r) {
    List<List<String>> rows = new ArrayList<>();
    for (Observable o : Observable.values()) {
      ObservableMetrics m = r.get(o);
      JsEstimate js = m.distributions().worst();
      List<String> row = new ArrayList<>();
      row.add(o.symbol() + " (" + o.unit() + ")");
      row.addAll(cells(m.pooled()));
      row.add(Format.sig(m.pooled().rmse(), 4));
      row.add(Format.sig(js.divergence(), 3) + " (" + m.distributions().worstNucleus() + ")");
      row.add(Format.sig(js.noiseFloor(), 2));
      row.addAll(coverageCells(m.pooled()));
      rows.add(row);
    }
    List<String> header = new ArrayList<>(columns());
    header.addAll(List.of("RMSE", "JS worst (bits)", "JS noise floor"));
    header.addAll(coverageColumns(r.hasCoverage()));
    header.set(0, "observable");
    return new Table("Regressor accuracy over all nuclei; dX/X statistics in percent.", header, rows);
  }

  private static Table perNucleus(ObservableMetrics m) {
    List<List<String>> rows = new ArrayList<>();
    m.perNucleus().forEach((nucleus, metrics) -> {
      JsEstimate js = m.distributions().perNucleus().get(nucleus);
      List<String> row = new ArrayList<>();
      row.add(nucleus);
      row.addAll(cells(metrics));
      row.add(Format.sig(js.divergence(), 3));
      row.add(Format.sig(js.noiseFloor(), 2));
      row.add(Integer.toString(js.bins()));
      row.addAll(coverageCells(metrics));
      rows.add(row);
    });
    List<String> header = new ArrayList<>(columns());
    header.addAll(List.of("JS (bits)", "JS noise floor", "JS bins"));
    header.addAll(coverageColumns(!Double.isNaN(m.pooled().coverage95())));
    Observable o = m.observable();
    return new Table("Per nucleus, " + o.symbol() + " (" + o.unit() + "); dX/X statistics in percent.", header, rows);
  }

  private static List<String> coverageColumns(boolean present) {
    return present ? List.of("coverage 68%", "coverage 95%") : List.of();
  }

  private static List<String> coverageCells(RegressionMetrics m) {
    return Double.isNaN(m.coverage95()) ? List.of()
        : List.of(Format.percent(m.coverage68(), 1), Format.percent(m.coverage95(), 1));
  }

  private static List<String> columns() {
    return List.of("nucleus", "n", "R^2", "MAPE %", "mean dX/X %", "sigma dX/X %", "95% interval %",
        "p95 |dX/X| %", "within 1%", "within 5%");
  }

  private static List<String> cells(RegressionMetrics m) {
    return List.of(Integer.toString(m.n()), Format.nearOne(m.r2()), Format.sig(m.mapePercent(), 3),
        Format.sig(100 * m.relErrorMean(), 3), Format.sig(100 * m.relErrorSigma(), 3),
        "[" + Format.sig(100 * m.relErrorLow95(), 3) + ", " + Format.sig(100 * m.relErrorHigh95(), 3) + "]",
        Format.sig(100 * m.absRelErrorP95(), 3), Format.percent(m.within1pct(), 1), Format.percent(m.within5pct(), 1));
  }
}
