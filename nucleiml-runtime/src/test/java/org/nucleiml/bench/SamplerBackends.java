package org.nucleiml.bench;

import java.util.List;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.ModelBackend;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;

/**
 * Backends for sampler benchmarks: each study observable linear in one NMP (K0, J0, L0, m*), Q0 > 0
 * non-admissible, so the posterior has the study's shape (4 constraints, 3 NMPs prior-dominated),
 * plus an optional busy wait per point standing in for the emulator's cost.
 */
final class SamplerBackends implements ModelBackend {

  private static final int[] DRIVER = {2, 5, 6, 4};

  private final Threading threading;
  private final long nanosPerPoint;
  private final double[] measured;

  SamplerBackends(Threading threading, long nanosPerPoint) {
    this.threading = threading;
    this.nanosPerPoint = nanosPerPoint;
    this.measured = Constraint.study().stream().mapToDouble(Constraint::value).toArray();
  }

  @Override
  public String name() {
    return "bench-" + nanosPerPoint + "ns";
  }

  @Override
  public Threading threading() {
    return threading;
  }

  @Override
  public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
    long until = System.nanoTime() + nanosPerPoint * points.length;
    Prediction[] out = new Prediction[points.length];
    for (int i = 0; i < points.length; i++) {
      double[] y = new double[targets.size()];
      for (int t = 0; t < y.length; t++) {
        double[] range = ProductPrior.STUDY_BOX.get(DRIVER[t]).range();
        double c = 0.5 * (range[0] + range[1]);
        double h = 0.5 * (range[1] - range[0]);
        y[t] = measured[t] * (1 + 0.1 * (points[i][DRIVER[t]] - c) / h);
      }
      out[i] = new Prediction(points[i][3] > 0 ? 0.0 : 1.0, y);
    }
    while (System.nanoTime() < until) {
      Thread.onSpinWait(); // stands in for a network pass of the emulator
    }
    return out;
  }
}
