package org.nucleiml.inference.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;

/** The marginal histogram of every coordinate, with median and 68% interval, on one image. */
public final class MarginalsPlot {

  private static final int PANEL = 320;
  private static final int COLUMNS = 4;
  private static final int BINS = 50;

  private MarginalsPlot() {}

  /** Writes the marginals of {@code series} to a PNG file. */
  public static void write(Path file, List<String> names, PlotSeries series) throws IOException {
    int d = names.size();
    int rows = (d + COLUMNS - 1) / COLUMNS;
    XYChart[][] grid = new XYChart[rows][COLUMNS];
    for (int p = 0; p < d; p++) {
      double[] sorted = series.sortedColumn(p);
      double[] range = Panels.range(List.of(series), p);
      double median = PlotSeries.quantile(sorted, 0.5);
      String title = names.get(p) + " = " + CornerPlot.fmt(median)
          + " +" + CornerPlot.fmt(PlotSeries.quantile(sorted, 0.84) - median)
          + " -" + CornerPlot.fmt(median - PlotSeries.quantile(sorted, 0.16));
      XYChart chart = Panels.panel(PANEL, title);
      Panels.histogram(chart, series.label(), sorted, range[0], range[1], BINS, Panels.COLOURS[0][0]);
      chart.setXAxisTitle(names.get(p));
      chart.getStyler().setXAxisMin(range[0]);
      chart.getStyler().setXAxisMax(range[1]);
      chart.getStyler().setYAxisTicksVisible(false);
      grid[p / COLUMNS][p % COLUMNS] = chart;
    }
    Panels.write(file, grid, PANEL, series.label() + ": marginal posteriors (median, 68% interval dashed)");
  }
}
