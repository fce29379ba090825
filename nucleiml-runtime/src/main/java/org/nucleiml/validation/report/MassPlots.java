package org.nucleiml.validation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nucleiml.files.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The mass-model report's PNG plots, drawn from plain numbers: bar panels (sensitivities, Shapley values),
 * line panels (separation energies along chains, extrapolations), chains with uncertainty bands and
 * residual maps on the (N, Z) chart. The same
 * numbers give the same bytes (XChart's PNG encoder, fixed sizes and fonts, no time stamps).
 */
public final class MassPlots {

  /**
   * One line (or point set) of a panel.
   *
   * @param name the legend entry
   * @param x abscissae
   * @param y ordinates
   * @param points markers only (data) rather than a line
   */
  public record Series(String name, double[] x, double[] y, boolean points) {}

  /**
   * One panel of a line figure.
   *
   * @param title the panel title
   * @param xTitle the x-axis title
   * @param yTitle the y-axis title
   * @param series the lines, drawn in order
   * @param markerX an x at which a dotted vertical line is drawn (NaN: none)
   * @param markerName the legend entry of that line
   * @param xPattern the x-axis number format (DecimalFormat pattern)
   */
  public record Panel(String title, String xTitle, String yTitle, List<Series> series, double markerX,
      String markerName, String xPattern) {

    /** A panel over integer x (N, Z) whose marker is the paper's last trained N. */
    public Panel(String title, String xTitle, String yTitle, List<Series> series, double markerX) {
      this(title, xTitle, yTitle, series, markerX, "last trained N", "0");
    }
  }

  /**
   * One bar panel.
   *
   * @param title the panel title
   * @param labels the categories
   * @param values one value per category
   */
  public record Bars(String title, List<String> labels, double[] values) {}

  /**
   * One residual map.
   *
   * @param title the panel title
   * @param n neutron numbers
   * @param z proton numbers
   * @param residualMeV predicted − measured, MeV
   */
  public record ResidualMap(String title, int[] n, int[] z, double[] residualMeV) {}

  private static final Color[] LINE_COLORS = {ChartStyle.BLUE, ChartStyle.ORANGE, new Color(44, 160, 44),
      ChartStyle.RED, new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194)};
  /** Residual classes (MeV) and their colours, blue (overbound... underbound) to red. */
  private static final double[] EDGES = {-1.0, -0.3, -0.1, 0.1, 0.3, 1.0};
  private static final Color[] CLASS_COLORS = {new Color(33, 102, 172), new Color(103, 169, 207),
      new Color(209, 229, 240), new Color(190, 190, 190), new Color(253, 219, 199), new Color(239, 138, 98),
      new Color(178, 24, 43)};

  private MassPlots() {}

  /**
   * One panel of a chain with uncertainty bands ([S004] Fig. 2): the model's mean and its ±1, 2, 3 sigma
   * bands along the chain, and point sets (data, training nuclei) drawn with distinct markers.
   *
   * @param title the panel title
   * @param xTitle the x-axis title
   * @param yTitle the y-axis title
   * @param x the abscissae of the model curve, ascending
   * @param mean the model's mean at x
   * @param sigma the model's standard deviation at x, >= 0
   * @param points point sets, drawn after the bands in order (black circles, red crosses, blue diamonds, ...)
   */
  public record BandPanel(String title, String xTitle, String yTitle, double[] x, double[] mean, double[] sigma,
      List<Series> points) {}

  private static final Color[] BAND_COLORS = {new Color(31, 119, 180, 40), new Color(31, 119, 180, 70),
      new Color(31, 119, 180, 110)};
  private static final Color[] POINT_COLORS = {Color.BLACK, ChartStyle.RED, ChartStyle.ORANGE, ChartStyle.GREY};
  private static final org.knowm.xchart.style.markers.Marker[] POINT_MARKERS = {SeriesMarkers.CIRCLE,
      SeriesMarkers.CROSS, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE};

  /** Bar panels side by side, {@code columns} per row, y axis "S_j / sum S" (sensitivities). */
  public static PlotFile bars(Path dir, String file, String title, String caption, List<Bars> panels, int columns)
      throws IOException {
    return bars(dir, file, title, caption, "S_j / sum S", panels, columns);
  }

  /** Bar panels side by side, {@code columns} per row, with the given y-axis title. */
  public static PlotFile bars(Path dir, String file, String title, String caption, String yTitle, List<Bars> panels,
      int columns) throws IOException {
    ChartStyle.headless();
    List<CategoryChart> charts = new ArrayList<>();
    for (Bars b : panels) {
      CategoryChart c = new CategoryChartBuilder().width(560).height(380).title(b.title()).xAxisTitle("input")
          .yAxisTitle(yTitle).build();
      ChartStyle.apply(c.getStyler());
      c.getStyler().setLegendVisible(false);
      c.getStyler().setXAxisLabelRotation(60);
      c.getStyler().setYAxisMin(0.0);
      List<Double> v = new ArrayList<>();
      for (double x : b.values()) {
        v.add(x);
      }
      c.addSeries("S", b.labels(), v).setFillColor(ChartStyle.BLUE);
      charts.add(c);
    }
    return write(dir, file, title, caption, charts, columns);
  }

  /** Line panels side by side, {@code columns} per row. */
  public static PlotFile lines(Path dir, String file, String title, String caption, List<Panel> panels, int columns)
      throws IOException {
    ChartStyle.headless();
    List<XYChart> charts = new ArrayList<>();
    for (Panel p : panels) {
      XYChart c = new XYChartBuilder().width(560).height(400).title(p.title()).xAxisTitle(p.xTitle())
          .yAxisTitle(p.yTitle()).build();
      ChartStyle.apply(c.getStyler());
      c.getStyler().setXAxisDecimalPattern(p.xPattern());
      int k = 0;
      for (Series s : p.series()) {
        if (s.x().length == 0) {
          continue;
        }
        XYSeries xy = c.addSeries(s.name(), s.x(), s.y());
        Color color = s.points() ? Color.BLACK : LINE_COLORS[k++ % LINE_COLORS.length];
        if (s.points()) {
          xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          xy.setMarker(SeriesMarkers.CIRCLE);
          xy.setMarkerColor(color);
        } else {
          Plots.line(xy, color, 1.8f);
        }
      }
      if (!Double.isNaN(p.markerX()) && !c.getSeriesMap().isEmpty()) {
        double[] range = yRange(p.series());
        XYSeries m = c.addSeries(p.markerName(), new double[] {p.markerX(), p.markerX()}, range);
        Plots.line(m, ChartStyle.GREY, 1f);
        m.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0));
      }
      charts.add(c);
    }
    return write(dir, file, title, caption, charts, columns);
  }

  /** Chains with ±1, 2, 3 sigma bands, {@code columns} panels per row. */
  public static PlotFile bands(Path dir, String file, String title, String caption, List<BandPanel> panels,
      int columns) throws IOException {
    ChartStyle.headless();
    List<XYChart> charts = new ArrayList<>();
    for (BandPanel p : panels) {
      XYChart c = new XYChartBuilder().width(560).height(420).title(p.title()).xAxisTitle(p.xTitle())
          .yAxisTitle(p.yTitle()).build();
      ChartStyle.apply(c.getStyler());
      c.getStyler().setXAxisDecimalPattern("0");
      int n = p.x().length;
      for (int k = 3; k >= 1; k--) {
        // the band as one closed polygon: upper edge forward, lower edge back
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
          px[i] = p.x()[i];
          py[i] = p.mean()[i] + k * p.sigma()[i];
          px[2 * n - 1 - i] = p.x()[i];
          py[2 * n - 1 - i] = p.mean()[i] - k * p.sigma()[i];
        }
        XYSeries band = c.addSeries("±" + k + "σ", px, py);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(BAND_COLORS[3 - k]);
        band.setLineColor(BAND_COLORS[3 - k]);
        band.setMarker(SeriesMarkers.NONE);
      }
      Plots.line(c.addSeries("model mean", p.x(), p.mean()), ChartStyle.BLUE, 1.8f);
      int k = 0;
      for (Series s : p.points()) {
        if (s.x().length == 0) {
          k++;
          continue;
        }
        XYSeries xy = c.addSeries(s.name(), s.x(), s.y());
        xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        xy.setMarker(POINT_MARKERS[k % POINT_MARKERS.length]);
        xy.setMarkerColor(POINT_COLORS[k % POINT_COLORS.length]);
        k++;
      }
      charts.add(c);
    }
    return write(dir, file, title, caption, charts, columns);
  }

  /** Residual maps on the (N, Z) chart, one panel per model, coloured by residual class. */
  public static PlotFile residualMaps(Path dir, String file, String title, String caption, List<ResidualMap> maps,
      int columns) throws IOException {
    ChartStyle.headless();
    List<XYChart> charts = new ArrayList<>();
    for (ResidualMap m : maps) {
      XYChart c = new XYChartBuilder().width(560).height(420).title(m.title()).xAxisTitle("N").yAxisTitle("Z").build();
      ChartStyle.apply(c.getStyler());
      c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      c.getStyler().setMarkerSize(4);
      c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
      c.getStyler().setXAxisDecimalPattern("0");
      c.getStyler().setYAxisDecimalPattern("0");
      for (int k = 0; k <= EDGES.length; k++) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < m.n().length; i++) {
          if (residualClass(m.residualMeV()[i]) == k) {
            xs.add((double) m.n()[i]);
            ys.add((double) m.z()[i]);
          }
        }
        if (!xs.isEmpty()) {
          XYSeries s = c.addSeries(className(k), xs, ys);
          s.setMarker(SeriesMarkers.SQUARE);
          s.setMarkerColor(CLASS_COLORS[k]);
        }
      }
      charts.add(c);
    }
    return write(dir, file, title, caption, charts, columns);
  }

  /** The class index of a residual: 0 below −1 MeV ... 6 above +1 MeV. */
  static int residualClass(double r) {
    int k = 0;
    while (k < EDGES.length && r >= EDGES[k]) {
      k++;
    }
    return k;
  }

  private static String className(int k) {
    if (k == 0) {
      return "< " + EDGES[0] + " MeV";
    }
    if (k == EDGES.length) {
      return ">= +" + EDGES[EDGES.length - 1] + " MeV";
    }
    return "[" + EDGES[k - 1] + ", " + EDGES[k] + ")";
  }

  private static double[] yRange(List<Series> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.y()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return new double[] {lo, hi};
  }

  private static PlotFile write(Path dir, String file, String title, String caption,
      List<? extends Chart<?, ?>> charts, int columns) throws IOException {
    AtomicFiles.writeBytes(dir.resolve(file), charts.size() == 1 ? ChartStyle.png(charts.get(0))
        : ChartStyle.grid(charts, columns));
    return new PlotFile(file, title, caption);
  }
}
