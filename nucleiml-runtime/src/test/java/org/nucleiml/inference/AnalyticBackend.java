package org.nucleiml.inference;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test backend with a known posterior: each study observable depends linearly on one NMP,
 * y = y_exp (1 + s (x - c) / h) with c, h the centre and half-width of the parameter's Table 1 range:
 * BE(40Ca) on K0, Rch(40Ca) on J0, BE(208Pb) on L0, Rch(208Pb) on m*. With sigma = 2% of y_exp the
 * posterior of each such NMP is Gaussian with mean c and sd = 0.02 h / s; rho0, E0 and Q0 stay uniform.
 * Points with Q0 > 0 are non-admissible, so the gate cuts Q0 to [-1500, 0].
 */
final class AnalyticBackend implements ModelBackend {

  /** The slope s: posterior sd = 0.2 half-widths, well inside the box. */
  static final double SLOPE = 0.1;
  static final int[] DRIVER = {2, 5, 6, 4}; // K0, J0, L0, m* for the four study constraints

  private final Threading threading;
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger warmStarts = new AtomicInteger();

  AnalyticBackend(Threading threading) {
    this.threading = threading;
  }

  @Override
  public String name() {
    return "analytic";
  }

  @Override
  public Threading threading() {
    return threading;
  }

  @Override
  public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
    calls.incrementAndGet();
    List<Constraint> study = Constraint.study();
    Prediction[] out = new Prediction[points.length];
    for (int i = 0; i < points.length; i++) {
      double[] y = new double[targets.size()];
      for (int t = 0; t < y.length; t++) {
        y[t] = predict(study.get(t).value(), DRIVER[t], points[i][DRIVER[t]]);
      }
      if (states[i].data() != null) {
        warmStarts.incrementAndGet();
      }
      states[i].setData(points[i].clone());
      out[i] = new Prediction(points[i][3] > 0 ? 0.1 : 0.9, y);
    }
    return out;
  }

  static double predict(double measured, int parameter, double x) {
    double[] range = ProductPrior.studyBox().components().get(parameter).range();
    double c = 0.5 * (range[0] + range[1]);
    double h = 0.5 * (range[1] - range[0]);
    return measured * (1 + SLOPE * (x - c) / h);
  }

  /** The posterior sd of a driven parameter. */
  static double posteriorSd(int parameter) {
    double[] range = ProductPrior.studyBox().components().get(parameter).range();
    return Constraint.STUDY_RELATIVE_SIGMA * 0.5 * (range[1] - range[0]) / SLOPE;
  }
}
