package org.nucleiml.inference;

import java.util.List;

/**
 * Posterior draws with their effective sample sizes, what a comparison needs from a run.
 *
 * @param label a name for legends and reports, e.g. "emulator"
 * @param names parameter names, in coordinate order
 * @param points draws [sample][coordinate]
 * @param ess effective sample size per parameter
 */
public record PosteriorSample(String label, List<String> names, double[][] points, double[] ess) {

  /** Coordinate {@code p} of every draw. */
  public double[] column(int p) {
    double[] x = new double[points.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = points[i][p];
    }
    return x;
  }
}
