package org.nucleiml.validation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.validation.Format;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.Quantiles;
import org.nucleiml.validation.RegressionMetrics;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleInput;
import org.nucleiml.validation.SampleMetrics;

/** The regressor's plots: histograms of dX/X per observable and predicted vs true per nucleus. */
final class RegressionPlots {

  /** Scatter panels are thinned to this many points so large samples stay readable and fast. */
  static final int MAX_SCATTER_POINTS = 3000;

  private static final BasicStroke DASHED =
      new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0);

  private RegressionPlots() {}

  static List<PlotFile> write(SampleInput in, SampleMetrics s, String prefix, Path dir) throws IOException {
    List<PlotFile> plots = new ArrayList<>();
    List<XYChart> histograms = new ArrayList<>();
    for (Observable o : Observable.values()) {
      histograms.add(histogram(o, relativeErrorsPercent(in.regression(), o), s.regressor().get(o).pooled()));
    }
    String hist = prefix + "-rel-error.png";
    AtomicFiles.writeBytes(dir.resolve(hist), ChartStyle.grid(histograms, 2));
    plots.add(new PlotFile(hist, "Relative error dX/X, " + s.name(),
        "Histogram of dX/X = (true - predicted)/true in percent over all nuclei; dashed lines mark the "
            + "central 95% interval. The x range is the central 99% of the sample, so rare outliers are "
            + "counted in the tables but not drawn."));
    for (Observable o : Observable.values()) {
      plots.add(scatterGrid(in.regression(), s, o, prefix, dir));
    }
    for (Observable o : Observable.values()) {
      plots.add(DistributionPlots.write(in.regression(), s, o, prefix, dir));
    }
    return plots;
  }

  private static double[] relativeErrorsPercent(List<RegressionPoint> points, Observable o) {
    return points.stream().mapToDouble(p -> 100 * (p.truth(o) - p.predicted(o)) / p.truth(o)).toArray();
  }

  private static XYChart histogram(Observable o, double[] rel, RegressionMetrics m) {
    double[] sorted = Quantiles.sorted(rel);
    double lo = Quantiles.ofSorted(sorted, 0.005);
    double hi = Quantiles.ofSorted(sorted, 0.995);
    if (hi <= lo) {
      lo -= 0.5;
      hi += 0.5;
    }
    int bins = Math.max(10, Math.min(80, (int) Math.ceil(Math.sqrt(rel.length))));
    double[] counts = new double[bins];
    for (double v : rel) {
      int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
      if (b >= 0 && b <= bins && v <= hi) {
        counts[Math.min(b, bins - 1)]++;
      }
    }
    XYChart chart = new XYChartBuilder().width(640).height(420)
        .title(o.symbol() + ": mean " + Format.sig(100 * m.relErrorMean(), 3) + "%, \u03c3 "
            + Format.sig(100 * m.relErrorSigma(), 3) + "% (n = " + m.n() + ")")
        .xAxisTitle("dX/X = (true - predicted)/true (%)").yAxisTitle("points per bin").build();
    ChartStyle.apply(chart.getStyler());
    XYSeries bars = chart.addSeries("dX/X", DistributionPlots.outlineX(lo, hi, bins), DistributionPlots.outlineY(counts));
    Plots.line(bars, ChartStyle.BLUE, 1.5f);
    bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    bars.setFillColor(new Color(31, 119, 180, 90));
    double top = DistributionPlots.max(counts);
    interval(chart, "central 95%", 100 * m.relErrorLow95(), 100 * m.relErrorHigh95(), top);
    return chart;
  }

  private static void interval(XYChart chart, String name, double a, double b, double top) {
    XYSeries low = chart.addSeries(name, new double[] {a, a}, new double[] {0, top});
    XYSeries high = chart.addSeries(name + " (upper)", new double[] {b, b}, new double[] {0, top});
    for (XYSeries s : List.of(low, high)) {
      Plots.line(s, ChartStyle.GREY, 1.2f);
      s.setLineStyle(DASHED);
    }
    high.setShowInLegend(false);
  }

  private static PlotFile scatterGrid(List<RegressionPoint> points, SampleMetrics s, Observable o, String prefix,
      Path dir) throws IOException {
    List<XYChart> panels = new ArrayList<>();
    for (String nucleus : s.regressor().nuclei()) {
      List<RegressionPoint> mine = points.stream().filter(p -> p.nucleus().equals(nucleus)).toList();
      panels.add(scatter(nucleus, o, mine, s.regressor().get(o).perNucleus().get(nucleus)));
    }
    String file = prefix + "-pred-vs-true-" + o.key().replace('_', '-') + ".png";
    AtomicFiles.writeBytes(dir.resolve(file), ChartStyle.grid(panels, 3));
    return new PlotFile(file, "Predicted vs true " + o.symbol() + " per nucleus, " + s.name(),
        "Emulator against RMF " + o.symbol() + " (" + o.unit() + ") for each nucleus; the dashed line is "
            + "predicted = true. Panels with more than " + MAX_SCATTER_POINTS + " points show an evenly "
            + "spaced subset.");
  }

  private static XYChart scatter(String nucleus, Observable o, List<RegressionPoint> points, RegressionMetrics m) {
    int stride = Math.max(1, (points.size() + MAX_SCATTER_POINTS - 1) / MAX_SCATTER_POINTS);
    double[] t = new double[(points.size() + stride - 1) / stride];
    double[] p = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = points.get(i * stride).truth(o);
      p[i] = points.get(i * stride).predicted(o);
    }
    XYChart chart = new XYChartBuilder().width(460).height(420)
        .title(nucleus + "   R\u00b2 = " + Format.nearOne(m.r2()) + "   n = " + m.n())
        .xAxisTitle("RMF " + o.symbol() + " (" + o.unit() + ")").yAxisTitle("emulator " + o.symbol() + " (" + o.unit() + ")")
        .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setMarkerSize(4);
    XYSeries dots = chart.addSeries("points", t, p);
    dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    dots.setMarker(SeriesMarkers.CIRCLE);
    dots.setMarkerColor(new Color(31, 119, 180, 110));
    double lo = Math.min(DistributionPlots.min(t), DistributionPlots.min(p));
    double hi = Math.max(DistributionPlots.max(t), DistributionPlots.max(p));
    XYSeries diagonal = chart.addSeries("predicted = true", new double[] {lo, hi}, new double[] {lo, hi});
    Plots.line(diagonal, ChartStyle.RED, 1.2f);
    diagonal.setLineStyle(DASHED);
    return chart;
  }
}
