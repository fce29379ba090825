package org.nucleiml.emulator.network.dten;

import java.util.List;
import java.util.SplittableRandom;

/** A tiny DTEN shape and a synthetic data set with a known smooth target, for tests. */
final class DtenFixtures {

  private DtenFixtures() {}

  /**
   * 3 count and 2 shell features, 2 density channels of 12 radii; convolutions 3-4-5 (k3 p1, pool 2;
   * k3 p1, pool 3; k2 p0: lengths 12, 6, 2, 1), cells 4-5, head 6-4-1: concat width 15.
   */
  static DtenArchitecture tiny() {
    return new DtenArchitecture(3, 2, 2, 12, List.of(4, 5), List.of(3, 4, 5), List.of(3, 3, 2), List.of(1, 1, 0),
        List.of(2, 3), List.of(6, 4), 0.01, 0.1, 1e-5);
  }

  /**
   * Raw rows for {@link #tiny()}: A uniform in [40, 200), counts in [0, 50), shells in [0, 1), each density
   * channel an exponential profile h exp(-r / w) with random height h and width w; the binding energy
   * B = A (7 + u), u = 0.4 counts_0 / 50 + 0.3 shells_1 + 0.3 h_0 (so B/A spans [7, 8)). Every input
   * that carries the target is seen by one cell: counts by C_1, shells by C_2, h_0 by the convolutions.
   */
  static DtenData synthetic(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DtenArchitecture a = tiny();
    double[] counts = new double[rows * a.countFeatures()];
    double[] shells = new double[rows * a.shellFeatures()];
    double[] densities = new double[rows * a.densityChannels() * a.densityLength()];
    double[] mass = new double[rows];
    double[] b = new double[rows];
    for (int r = 0; r < rows; r++) {
      mass[r] = 40 + Math.floor(160 * random.nextDouble());
      for (int j = 0; j < a.countFeatures(); j++) {
        counts[r * a.countFeatures() + j] = Math.floor(50 * random.nextDouble());
      }
      for (int j = 0; j < a.shellFeatures(); j++) {
        shells[r * a.shellFeatures() + j] = random.nextDouble();
      }
      double h0 = 0;
      for (int ch = 0; ch < a.densityChannels(); ch++) {
        double h = random.nextDouble();
        double w = 2 + 4 * random.nextDouble();
        h0 = ch == 0 ? h : h0;
        for (int x = 0; x < a.densityLength(); x++) {
          densities[(r * a.densityChannels() + ch) * a.densityLength() + x] = h * Math.exp(-(x + 1) / w);
        }
      }
      double u = 0.4 * counts[r * a.countFeatures()] / 50 + 0.3 * shells[r * a.shellFeatures() + 1] + 0.3 * h0;
      b[r] = mass[r] * (7 + u);
    }
    return new DtenData(counts, shells, densities, mass, b);
  }
}
