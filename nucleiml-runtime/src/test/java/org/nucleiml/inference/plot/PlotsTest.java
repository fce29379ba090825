package org.nucleiml.inference.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.StandardNormal;

/**
 * Tests for the posterior plots: histogram densities, quantiles, highest-density regions of a
 * bivariate normal (whose 68% region has a known area), and the written PNGs.
 */
class PlotsTest {

  @TempDir Path dir;

  @Test
  void testCounts_isADensityThatIntegratesToTheInsideFraction() {
    double[] x = {0.05, 0.15, 0.15, 0.95, 1.0, 2.0};
    double[] h = Panels.counts(x, 0, 1, 10);
    double width = 0.1;
    assertEquals(1 / 6.0 / width, h[0], 1e-12);
    assertEquals(2 / 6.0 / width, h[1], 1e-12);
    assertEquals(2 / 6.0 / width, h[9], 1e-12, "the upper end belongs to the last bin");
    double integral = 0;
    for (double v : h) {
      integral += v * width;
    }
    assertEquals(5 / 6.0, integral, 1e-12, "2.0 lies outside and is ignored");
  }

  @Test
  void testQuantile_interpolatesLinearly() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertEquals(1, PlotSeries.quantile(sorted, 0), 0);
    assertEquals(3, PlotSeries.quantile(sorted, 0.5), 0);
    assertEquals(4.5, PlotSeries.quantile(sorted, 0.875), 1e-12);
    assertEquals(5, PlotSeries.quantile(sorted, 1), 0);
    assertArrayEquals(new double[] {1, 2, 3}, new PlotSeries("s", new double[][] {{3}, {1}, {2}}).sortedColumn(0));
  }

  @Test
  void testCredibleRegion_of68PercentOfAStandardNormalHasItsKnownArea() {
    // The 68% highest-density region of a standard bivariate normal is a disc of radius
    // sqrt(-2 ln 0.32) = 1.5096, area 7.159; with 200,000 draws on a fine grid the cells match it to ~3%.
    SplittableRandom random = new SplittableRandom(7);
    double[][] points = new double[200_000][];
    for (int i = 0; i < points.length; i++) {
      points[i] = new double[] {StandardNormal.draw(random), StandardNormal.draw(random)};
    }
    double[] range = {-4, 4};
    int bins = 40;
    double[][][] cells = CredibleRegion2D.cells(points, 0, 1, range, range, bins, new double[] {0.68, 0.95});
    double cellArea = (8.0 / bins) * (8.0 / bins);
    double area68 = cells[0][0].length * cellArea;
    double expected = Math.PI * -2 * Math.log(0.32);
    assertEquals(expected, area68, 0.03 * expected);
    assertTrue(cells[1][0].length > cells[0][0].length, "the 95% region contains the 68% one");
  }

  @Test
  void testCornerPlot_writesAPngOfOnePanelPerPair() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    double[][] a = new double[500][];
    double[][] b = new double[500][];
    for (int i = 0; i < a.length; i++) {
      a[i] = new double[] {StandardNormal.draw(random), 2 + StandardNormal.draw(random), random.nextDouble()};
      b[i] = new double[] {0.1 + StandardNormal.draw(random), 2 + StandardNormal.draw(random), random.nextDouble()};
    }
    Path corner = dir.resolve("corner.png");
    CornerPlot.write(corner, List.of("x", "y", "z"), List.of(new PlotSeries("a", a), new PlotSeries("b", b)));
    BufferedImage image = ImageIO.read(corner.toFile());
    assertEquals(3 * 230, image.getWidth());
    assertEquals(3 * 230 + 30, image.getHeight());
    Path marginals = dir.resolve("marginals.png");
    MarginalsPlot.write(marginals, List.of("x", "y", "z"), new PlotSeries("a", a));
    assertTrue(Files.size(marginals) > 0);
    assertThrows(InvalidParameterException.class, () -> CornerPlot.write(dir.resolve("none.png"), List.of("x"),
        List.of()));
  }
}
