package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MixtureDensityHead}: the NLL against the closed form, its gradient and the mean's gradient
 * against central finite differences, and log-space stability.
 */
class MixtureDensityHeadTest {

  private static final double H = 1e-6;

  @Test
  void oneComponentIsTheGaussianNll() {
    MixtureDensityHead head = new MixtureDensityHead(1);
    double mu = 0.3;
    double s = -0.7;
    double y = 1.1;
    double[] out = {0.4, mu, s};
    double sigma = Math.exp(s);
    double expected = 0.5 * Math.log(2 * Math.PI) + s + (y - mu) * (y - mu) / (2 * sigma * sigma);
    double[] g = new double[3];
    assertEquals(expected, head.negativeLogLikelihood(out, 0, y, g, 0), 1e-14);
    // The spec's K = 1 gradients: d/dmu = -(y - mu)/sigma^2, d/ds = 1 - (y - mu)^2/sigma^2, none for a.
    assertEquals(0.0, g[0], 0.0);
    assertEquals(-(y - mu) / (sigma * sigma), g[1], 1e-12);
    assertEquals(1 - (y - mu) * (y - mu) / (sigma * sigma), g[2], 1e-12);
    assertEquals(mu, head.mean(out, 0), 0.0);
    assertEquals(sigma, head.sigma(out, 0), 1e-15);
  }

  @Test
  void nllGradientMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(5);
    for (int k : new int[] {1, 2, 3}) {
      MixtureDensityHead head = new MixtureDensityHead(k);
      for (int trial = 0; trial < 5; trial++) {
        double[] out = new double[3 * k];
        for (int j = 0; j < out.length; j++) {
          out[j] = r.nextDouble(-1.5, 1.5);
        }
        double y = r.nextDouble(-2, 2);
        double[] g = new double[3 * k];
        head.negativeLogLikelihood(out, 0, y, g, 0);
        for (int j = 0; j < out.length; j++) {
          double[] plus = out.clone();
          double[] minus = out.clone();
          plus[j] += H;
          minus[j] -= H;
          double fd = (head.negativeLogLikelihood(plus, 0, y, null, 0)
              - head.negativeLogLikelihood(minus, 0, y, null, 0)) / (2 * H);
          assertEquals(fd, g[j], 1e-7 * Math.max(1, Math.abs(fd)), "K=" + k + " output " + j);
        }
      }
    }
  }

  @Test
  void meanGradientMatchesFiniteDifferencesAndMixtureMomentsAreRight() {
    MixtureDensityHead head = new MixtureDensityHead(2);
    double[] out = {0.2, -0.5, 1.0, -1.0, -0.3, 0.4};
    double p1 = Math.exp(0.2) / (Math.exp(0.2) + Math.exp(-0.5));
    double m = p1 * 1.0 + (1 - p1) * -1.0;
    assertEquals(m, head.mean(out, 0), 1e-14);
    double second = p1 * (Math.exp(-0.6) + (1 - m) * (1 - m)) + (1 - p1) * (Math.exp(0.8) + (1 + m) * (1 + m));
    assertEquals(Math.sqrt(second), head.sigma(out, 0), 1e-14);
    double[] g = new double[6];
    head.addMeanGradient(out, 0, 2.5, g, 0);
    for (int j = 0; j < out.length; j++) {
      double[] plus = out.clone();
      double[] minus = out.clone();
      plus[j] += H;
      minus[j] -= H;
      double fd = 2.5 * (head.mean(plus, 0) - head.mean(minus, 0)) / (2 * H);
      assertEquals(fd, g[j], 1e-8, "output " + j);
    }
  }

  @Test
  void farOutliersAndClampedWidthsStayFinite() {
    MixtureDensityHead head = new MixtureDensityHead(2);
    // Both components assign exp(-huge) to y: a direct sum would underflow to log(0).
    double[] out = {0, 0, -50, 50, -5, -5};
    double[] g = new double[6];
    double nll = head.negativeLogLikelihood(out, 0, 0, g, 0);
    assertTrue(Double.isFinite(nll) && nll > 1e4, "nll " + nll);
    for (double v : g) {
      assertTrue(Double.isFinite(v));
    }
    double[] collapsed = {0, 0.1, -40};
    double[] g1 = new double[3];
    new MixtureDensityHead(1).negativeLogLikelihood(collapsed, 0, 0.1, g1, 0);
    assertEquals(0.0, g1[2], 0.0, "no gradient into a width held at the clamp");
    assertEquals(Math.exp(MixtureDensityHead.MIN_LOG_SIGMA), new MixtureDensityHead(1).sigma(collapsed, 0), 1e-18);
  }
}
