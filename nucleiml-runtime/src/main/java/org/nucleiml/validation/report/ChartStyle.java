package org.nucleiml.validation.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** One look for every plot (white background, readable fonts) and PNG encoding of charts and grids. */
final class ChartStyle {

  static final Color BLUE = new Color(31, 119, 180);
  static final Color ORANGE = new Color(255, 127, 14);
  static final Color GREY = new Color(90, 90, 90);
  static final Color RED = new Color(214, 39, 40);

  private ChartStyle() {}

  /**
   * Makes AWT headless unless the user chose otherwise: reports are written on build servers without
   * a display, and the property must be set before the first chart initialises AWT.
   */
  static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Applies the common look to an axes chart's styler. */
  static void apply(AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(Color.DARK_GRAY);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setLegendBorderColor(Color.LIGHT_GRAY);
    s.setChartTitleBoxVisible(false);
    s.setLegendPosition(Styler.LegendPosition.InsideNE);
    s.setAntiAlias(true);
  }

  /** The chart as PNG bytes. */
  static byte[] png(Chart<?, ?> chart) throws IOException {
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }

  /** The charts drawn side by side, {@code columns} per row, as PNG bytes. */
  static byte[] grid(List<? extends Chart<?, ?>> charts, int columns) throws IOException {
    int w = charts.get(0).getWidth();
    int h = charts.get(0).getHeight();
    int rows = (charts.size() + columns - 1) / columns;
    int cols = Math.min(columns, charts.size());
    BufferedImage image = new BufferedImage(cols * w, rows * h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < charts.size(); i++) {
      g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), (i % columns) * w, (i / columns) * h, null);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
