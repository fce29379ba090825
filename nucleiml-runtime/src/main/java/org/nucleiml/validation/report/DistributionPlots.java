package org.nucleiml.validation.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.JensenShannon;
import org.nucleiml.validation.JsEstimate;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.ObservableMetrics;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleMetrics;

/**
 * The solver's and the emulator's distributions of an observable per nucleus, drawn on exactly the
 * bins the Jensen-Shannon divergence was computed on, so the number in the title can be seen.
 */
final class DistributionPlots {

  private DistributionPlots() {}

  static PlotFile write(List<RegressionPoint> points, SampleMetrics s, Observable o, String prefix, Path dir)
      throws IOException {
    ObservableMetrics m = s.regressor().get(o);
    List<XYChart> panels = new ArrayList<>();
    for (String nucleus : s.regressor().nuclei()) {
      List<RegressionPoint> mine = points.stream().filter(p -> p.nucleus().equals(nucleus)).toList();
      panels.add(panel(nucleus, o, mine, m.distributions().perNucleus().get(nucleus)));
    }
    String file = prefix + "-distributions-" + o.key().replace('_', '-') + ".png";
    AtomicFiles.writeBytes(dir.resolve(file), ChartStyle.grid(panels, 3));
    return new PlotFile(file, "RMF and emulator distributions of " + o.symbol() + " per nucleus, " + s.name(),
        "Fraction of the sample's parameter sets per bin, on the bins of the Jensen-Shannon estimate; the "
            + "title gives the divergence and the noise floor expected from sampling alone.");
  }

  private static XYChart panel(String nucleus, Observable o, List<RegressionPoint> points, JsEstimate js) {
    double[] t = points.stream().mapToDouble(p -> p.truth(o)).toArray();
    double[] p = points.stream().mapToDouble(q -> q.predicted(o)).toArray();
    double lo = Math.min(min(t), min(p));
    double hi = Math.max(max(t), max(p));
    if (hi <= lo) {
      lo -= 0.5 * Math.abs(lo) * 1e-3 + 1e-9;
      hi += 0.5 * Math.abs(hi) * 1e-3 + 1e-9;
    }
    XYChart chart = new XYChartBuilder().width(460).height(380)
        .title(nucleus + "   JS = " + Format.sig(js.divergence(), 2) + " bits (floor " + Format.sig(js.noiseFloor(), 2) + ")")
        .xAxisTitle(o.symbol() + " (" + o.unit() + ")").yAxisTitle("fraction per bin").build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("0.00");
    XYSeries rmf = chart.addSeries("RMF", outlineX(lo, hi, js.bins()), outlineY(JensenShannon.histogram(t, lo, hi, js.bins())));
    Plots.line(rmf, ChartStyle.BLUE, 1.5f);
    rmf.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    rmf.setFillColor(new Color(31, 119, 180, 70));
    XYSeries emulator = chart.addSeries("emulator", outlineX(lo, hi, js.bins()),
        outlineY(JensenShannon.histogram(p, lo, hi, js.bins())));
    Plots.line(emulator, ChartStyle.ORANGE, 2f);
    return chart;
  }

  // A histogram as one closed step outline, so it fills like bars without gaps between them. The
  // extra point halfway along the first bin's top is invisible but keeps the x values unevenly
  // spaced: on evenly spaced x values XChart puts its ticks on the data (114.80359779693853, ...).
  static double[] outlineX(double lo, double hi, int bins) {
    double w = (hi - lo) / bins;
    double[] x = new double[2 * bins + 3];
    x[0] = lo;
    x[1] = lo;
    x[2] = lo + w / 2;
    for (int i = 1; i <= bins; i++) {
      x[2 * i + 1] = lo + i * w;
      x[2 * i + 2] = lo + i * w;
    }
    return x;
  }

  static double[] outlineY(double[] heights) {
    double[] y = new double[2 * heights.length + 3];
    y[1] = heights[0];
    y[2] = heights[0];
    for (int i = 0; i < heights.length; i++) {
      y[2 * i + 3] = heights[i];
      y[2 * i + 4] = i + 1 < heights.length ? heights[i + 1] : 0;
    }
    return y;
  }

  static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }
}
