package org.nucleiml.inference.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nucleiml.files.AtomicFiles;

/** Shared drawing: small XChart panels laid out on one image, colours, 1-D histograms and ranges. */
final class Panels {

  /** Dark and light shades per series: 68% and 95% regions, then the next series. */
  static final Color[][] COLOURS = {
      {new Color(31, 90, 180, 200), new Color(120, 165, 230, 140)},
      {new Color(215, 95, 0, 200), new Color(250, 170, 90, 140)}};

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // plots are written on build servers
    }
  }

  private Panels() {}

  /** An empty, compact panel with no legend. */
  static XYChart panel(int size, String title) {
    XYChart chart = new XYChartBuilder().width(size).height(size).title(title).build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBorderVisible(true);
    chart.getStyler().setChartPadding(4);
    return chart;
  }

  /** Draws a normalised histogram of sorted values on [lo, hi] with median and 68% interval lines. */
  static void histogram(XYChart chart, String label, double[] sorted, double lo, double hi, int bins, Color colour) {
    double[] density = counts(sorted, lo, hi, bins);
    double[] x = new double[2 * bins];
    double[] y = new double[2 * bins];
    double width = (hi - lo) / bins;
    for (int b = 0; b < bins; b++) {
      x[2 * b] = lo + b * width;
      x[2 * b + 1] = lo + (b + 1) * width;
      y[2 * b] = density[b];
      y[2 * b + 1] = density[b];
    }
    XYSeries s = chart.addSeries(label, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    double top = java.util.Arrays.stream(density).max().orElse(1);
    verticalLine(chart, label + " median", PlotSeries.quantile(sorted, 0.5), top, colour, SeriesLines.SOLID);
    verticalLine(chart, label + " 16%", PlotSeries.quantile(sorted, 0.16), top, colour, SeriesLines.DASH_DASH);
    verticalLine(chart, label + " 84%", PlotSeries.quantile(sorted, 0.84), top, colour, SeriesLines.DASH_DASH);
  }

  private static void verticalLine(XYChart chart, String name, double x, double top, Color c, java.awt.BasicStroke line) {
    XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {0, 1.05 * top});
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(c);
    s.setLineStyle(line);
  }

  /** Bin fractions divided by bin width (a density), values outside [lo, hi] ignored. */
  static double[] counts(double[] x, double lo, double hi, int bins) {
    double[] h = new double[bins];
    double scale = bins / (hi - lo);
    for (double v : x) {
      int b = (int) Math.floor((v - lo) * scale);
      if (v >= lo && v <= hi) {
        h[Math.min(b, bins - 1)] += scale / x.length;
      }
    }
    return h;
  }

  /** A common axis range: the 0.1%-99.9% span of all series, padded by 5%. */
  static double[] range(List<PlotSeries> series, int p) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (PlotSeries s : series) {
      double[] sorted = s.sortedColumn(p);
      lo = Math.min(lo, PlotSeries.quantile(sorted, 0.001));
      hi = Math.max(hi, PlotSeries.quantile(sorted, 0.999));
    }
    double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-9, Math.abs(lo) * 1e-3);
    return new double[] {lo - pad, hi + pad};
  }

  /** Renders the panels (null = blank) on a grid and writes a PNG atomically. */
  static void write(Path file, XYChart[][] grid, int size, String caption) throws IOException {
    int rows = grid.length;
    int cols = grid[0].length;
    int header = caption == null ? 0 : 30;
    BufferedImage image = new BufferedImage(cols * size, rows * size + header, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    if (caption != null) {
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(caption, 10, 21);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (grid[r][c] != null) {
          Graphics2D cell = (Graphics2D) g.create(c * size, header + r * size, size, size);
          grid[r][c].paint(cell, size, size);
          cell.dispose();
        }
      }
    }
    g.dispose();
    AtomicFiles.write(file, tmp -> ImageIO.write(image, "png", tmp.toFile()));
  }
}
