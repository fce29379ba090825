package org.nucleiml.inference.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nucleiml.InvalidParameterException;

/**
 * A corner plot of one or two posteriors: 1-D marginal histograms with median and 68% interval on the
 * diagonal, 68% (dark) and 95% (light) highest-density regions of each pair below it.
 */
public final class CornerPlot {

  private static final int PANEL = 230;
  private static final int BINS_1D = 40;
  private static final int BINS_2D = 32;
  private static final double[] LEVELS = {0.68, 0.95};

  private CornerPlot() {}

  /**
   * Writes the corner plot of {@code series} (one or two, same coordinates) to a PNG file.
   *
   * @param names coordinate names for titles and axes
   */
  public static void write(Path file, List<String> names, List<PlotSeries> series) throws IOException {
    if (series.isEmpty() || series.size() > Panels.COLOURS.length) {
      throw new InvalidParameterException("series", series.size(), "1 or 2 posteriors");
    }
    int d = names.size();
    double[][] ranges = new double[d][];
    for (int p = 0; p < d; p++) {
      ranges[p] = Panels.range(series, p);
    }
    XYChart[][] grid = new XYChart[d][d];
    for (int r = 0; r < d; r++) {
      grid[r][r] = diagonal(names, series, r, ranges[r]);
      for (int c = 0; c < r; c++) {
        grid[r][c] = pair(names, series, c, r, ranges[c], ranges[r], r == d - 1, c == 0);
      }
    }
    Panels.write(file, grid, PANEL, caption(series));
  }

  private static XYChart diagonal(List<String> names, List<PlotSeries> series, int p, double[] range) {
    double[] first = series.get(0).sortedColumn(p);
    XYChart chart = Panels.panel(PANEL, title(names.get(p), first));
    for (int s = 0; s < series.size(); s++) {
      Panels.histogram(chart, series.get(s).label(), series.get(s).sortedColumn(p), range[0], range[1],
          BINS_1D, Panels.COLOURS[s][0]);
    }
    chart.getStyler().setXAxisMin(range[0]);
    chart.getStyler().setXAxisMax(range[1]);
    chart.getStyler().setYAxisTicksVisible(false);
    return chart;
  }

  private static XYChart pair(List<String> names, List<PlotSeries> series, int px, int py, double[] rx,
      double[] ry, boolean xTitle, boolean yTitle) {
    XYChart chart = Panels.panel(PANEL, null);
    chart.getStyler().setChartTitleVisible(false);
    chart.setXAxisTitle(xTitle ? names.get(px) : "");
    chart.setYAxisTitle(yTitle ? names.get(py) : "");
    chart.getStyler().setMarkerSize(Math.max(3, (PANEL - 60) / BINS_2D + 1));
    for (int s = 0; s < series.size(); s++) {
      double[][][] cells = CredibleRegion2D.cells(series.get(s).points(), px, py, rx, ry, BINS_2D, LEVELS);
      // 95% first so the 68% cells are drawn on top.
      addCells(chart, series.get(s).label() + " 95%", cells[1], Panels.COLOURS[s][1]);
      addCells(chart, series.get(s).label() + " 68%", cells[0], Panels.COLOURS[s][0]);
    }
    chart.getStyler().setXAxisMin(rx[0]);
    chart.getStyler().setXAxisMax(rx[1]);
    chart.getStyler().setYAxisMin(ry[0]);
    chart.getStyler().setYAxisMax(ry[1]);
    return chart;
  }

  private static void addCells(XYChart chart, String name, double[][] xy, Color colour) {
    if (xy[0].length == 0) {
      return;
    }
    XYSeries s = chart.addSeries(name, xy[0], xy[1]);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.SQUARE);
    s.setMarkerColor(colour);
  }

  private static String title(String name, double[] sorted) {
    double median = PlotSeries.quantile(sorted, 0.5);
    return String.format(Locale.ROOT, "%s = %s +%s -%s", name.replace("mstar_over_m", "m*/m"), fmt(median),
        fmt(PlotSeries.quantile(sorted, 0.84) - median), fmt(median - PlotSeries.quantile(sorted, 0.16)));
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private static String caption(List<PlotSeries> series) {
    if (series.size() == 1) {
      return series.get(0).label() + ": 68% / 95% credible regions";
    }
    return series.get(0).label() + " (blue) vs " + series.get(1).label() + " (orange): 68% / 95% credible regions";
  }
}
