package org.nucleiml.validation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.validation.ClassificationMetrics;
import org.nucleiml.validation.ConfusionMatrix;
import org.nucleiml.validation.SampleMetrics;
import org.nucleiml.validation.TrainingCurve;
import org.nucleiml.validation.ValidationResults;

/** Writes the report's PNG plots: training curves, confusion matrices and the regression plots. */
public final class Plots {

  private Plots() {}

  /** Writes every plot of the results into {@code dir} and describes them in report order. */
  public static List<PlotFile> write(ValidationResults results, Path dir) throws IOException {
    ChartStyle.headless();
    List<PlotFile> plots = new ArrayList<>();
    if (!results.input().trainingCurves().isEmpty()) {
      plots.add(trainingCurves(results.input().trainingCurves(), dir));
    }
    for (int i = 0; i < results.samples().size(); i++) {
      SampleMetrics s = results.samples().get(i);
      String prefix = prefix(i, s.name());
      if (s.classifier() != null) {
        plots.add(confusion(s.classifier().binary(), s.name(), dir.resolve(prefix + "-confusion.png")));
        if (s.classifier().fourClass() != null) {
          plots.add(confusion(s.classifier().fourClass(), s.name(), dir.resolve(prefix + "-confusion-4class.png")));
        }
      }
      if (s.regressor() != null) {
        plots.addAll(RegressionPlots.write(results.input().samples().get(i), s, prefix, dir));
      }
    }
    return plots;
  }

  /**
   * The file-name prefix of the i-th (0-based) sample's plots, e.g. "s1-test-split"; the index keeps
   * prefixes distinct when two names differ only in punctuation.
   */
  public static String prefix(int i, String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "s" + (i + 1) + (s.isEmpty() ? "" : "-" + s);
  }

  private static PlotFile trainingCurves(List<TrainingCurve> curves, Path dir) throws IOException {
    List<XYChart> charts = new ArrayList<>();
    for (TrainingCurve c : curves) {
      charts.add(trainingCurve(c));
    }
    AtomicFiles.writeBytes(dir.resolve("training-curves.png"), ChartStyle.grid(charts, 2));
    return new PlotFile("training-curves.png", "Training curves",
        "Training and validation loss per epoch (log scale); the dotted line marks the epoch of lowest "
            + "validation loss, which early stopping keeps.");
  }

  private static XYChart trainingCurve(TrainingCurve c) {
    XYChart chart = new XYChartBuilder().width(640).height(420).title(c.model())
        .xAxisTitle("epoch").yAxisTitle(c.lossName()).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setYAxisLogarithmic(allPositive(c));
    // A round axis range gives round epoch ticks (0, 20, 40) instead of 1, 10, 19, ...
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(roundUp(c.trainLoss().length));
    chart.getStyler().setXAxisDecimalPattern("0");
    double[] epochs = IntStream.rangeClosed(1, c.trainLoss().length).asDoubleStream().toArray();
    // The marker goes first: XChart puts ticks on the data values when the first x values are evenly
    // spaced (1, 10, 19, ...); a repeated x value first makes it choose round ticks instead.
    double best = c.validationLoss()[c.bestEpoch() - 1];
    XYSeries marker = chart.addSeries("best epoch " + c.bestEpoch(), new double[] {c.bestEpoch(), c.bestEpoch()},
        new double[] {min(c), best});
    line(marker, ChartStyle.GREY, 1f);
    marker.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0));
    line(chart.addSeries("train", epochs, c.trainLoss()), ChartStyle.BLUE, 2f);
    line(chart.addSeries("validation", epochs, c.validationLoss()), ChartStyle.ORANGE, 2f);
    return chart;
  }

  private static PlotFile confusion(ClassificationMetrics m, String sample, Path file) throws IOException {
    ConfusionMatrix cm = m.matrix();
    List<String> labels = cm.labels();
    int k = labels.size();
    HeatMapChart chart = new HeatMapChartBuilder().width(160 * k + 260).height(120 * k + 180)
        .title("Confusion matrix, " + sample + " (n = " + cm.total() + ")")
        .xAxisTitle("predicted class").yAxisTitle("true class").build();
    styleHeatMap(chart);
    // Rows are drawn bottom-up, so the first label goes last to read top-down like the tables.
    List<String> rows = new ArrayList<>(labels);
    Collections.reverse(rows);
    List<Number[]> cells = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        double rowShare = cm.trueTotal(t) == 0 ? 0 : 100.0 * cm.count(t, p) / cm.trueTotal(t);
        cells.add(new Number[] {p, k - 1 - t, rowShare});
      }
    }
    chart.addSeries("% of true class", labels, rows, cells);
    AtomicFiles.writeBytes(file, ChartStyle.png(chart));
    return new PlotFile(file.getFileName().toString(), "Confusion matrix (" + k + " classes), " + sample,
        "Each cell is the percentage of points of the true class (row) predicted as the column's class; "
            + "the diagonal is the per-class recall. Counts are in the table.");
  }

  private static void styleHeatMap(HeatMapChart chart) {
    var s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setShowValue(true);
    s.setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    s.setValueFontColor(Color.BLACK);
    s.setHeatMapValueDecimalPattern("0.0'%'");
    s.setHeatMapDecimalValueFormatter(v -> String.format(Locale.ROOT, "%.1f%%", v));
    s.setMin(0);
    s.setMax(100);
    s.setRangeColors(new Color[] {Color.WHITE, new Color(158, 202, 225), new Color(66, 146, 198)});
    s.setDrawBorder(true);
    s.setLegendVisible(true);
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setChartTitleBoxVisible(false);
  }

  static void line(XYSeries series, Color color, float width) {
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
    series.setLineWidth(width);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
  }

  private static double roundUp(int n) {
    double unit = StrictMath.pow(10, Math.floor(StrictMath.log10(n)));
    return unit * Math.ceil(n / unit);
  }

  private static boolean allPositive(TrainingCurve c) {
    return min(c) > 0;
  }

  private static double min(TrainingCurve c) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : c.trainLoss()) {
      m = Math.min(m, v);
    }
    for (double v : c.validationLoss()) {
      m = Math.min(m, v);
    }
    return m;
  }
}
