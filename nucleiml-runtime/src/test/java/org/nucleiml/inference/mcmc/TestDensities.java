package org.nucleiml.inference.mcmc;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Analytic target densities with known moments for sampler tests. */
final class TestDensities {

  private TestDensities() {}

  /**
   * A 7-D Gaussian shaped like the NMP box: centres and widths of Table 1, correlations
   * s_i s_j 0.9^|i-j| with random signs s (positive definite: a sign-flipped AR(1) matrix).
   */
  static final class CorrelatedGaussian implements LogDensity {
    final double[] mean = {0.155, -16.0, 225, -550, 0.65, 30, 60};
    final double[] sd = {0.005, 0.15, 25, 300, 0.05, 3.5, 12};
    final double[][] covariance = new double[7][7];
    private final double[][] precision;

    CorrelatedGaussian(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      double[] sign = new double[7];
      for (int i = 0; i < 7; i++) {
        sign[i] = r.nextBoolean() ? 1 : -1;
      }
      for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++) {
          covariance[i][j] = sign[i] * sign[j] * Math.pow(0.9, Math.abs(i - j)) * sd[i] * sd[j];
        }
      }
      RealMatrix c = new Array2DRowRealMatrix(covariance);
      precision = new CholeskyDecomposition(c).getSolver().getInverse().getData();
    }

    @Override
    public int dimension() {
      return 7;
    }

    @Override
    public void evaluate(double[][] points, int[] walkers, double[] out) {
      for (int n = 0; n < points.length; n++) {
        double q = 0;
        for (int i = 0; i < 7; i++) {
          for (int j = 0; j < 7; j++) {
            q += (points[n][i] - mean[i]) * precision[i][j] * (points[n][j] - mean[j]);
          }
        }
        out[n] = -0.5 * q;
      }
    }
  }

  /**
   * The Rosenbrock "banana" of Goodman and Weare / emcee, p ~ exp(-(100 (x2 - x1^2)^2 + (1 - x1)^2)/20):
   * x1 ~ N(1, 10) and x2 | x1 ~ N(x1^2, 0.1), so E x2 = 11 and Var x2 = 240.1.
   */
  static final class Rosenbrock implements LogDensity {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public void evaluate(double[][] points, int[] walkers, double[] out) {
      for (int n = 0; n < points.length; n++) {
        double x1 = points[n][0];
        double x2 = points[n][1];
        out[n] = -(100 * (x2 - x1 * x1) * (x2 - x1 * x1) + (1 - x1) * (1 - x1)) / 20;
      }
    }
  }

  /** Runs a sampler from a standard-normal ball around {@code centre} with scales {@code scale}. */
  static Chain sample(LogDensity density, int walkers, long seed, int threads, int burnIn, int steps,
      double[] centre, double[] scale) {
    return sample(density, StretchMove.DEFAULT, walkers, seed, threads, burnIn, steps, centre, scale);
  }

  /** As above with another move. */
  static Chain sample(LogDensity density, EnsembleMove move, int walkers, long seed, int threads, int burnIn,
      int steps, double[] centre, double[] scale) {
    Chain chain = new Chain(walkers, density.dimension());
    try (EnsembleSampler sampler = new EnsembleSampler(density, walkers, seed, threads, move)) {
      sampler.initialise(r -> {
        double[] x = new double[centre.length];
        for (int i = 0; i < x.length; i++) {
          x[i] = centre[i] + scale[i] * gaussian(r);
        }
        return x;
      }, 10);
      for (int t = 0; t < burnIn; t++) {
        sampler.step();
      }
      for (int t = 0; t < steps; t++) {
        sampler.step();
        sampler.record(chain);
      }
    }
    return chain;
  }

  static double gaussian(SplittableRandom r) {
    // Box-Muller: exact and needs nothing but the stream.
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
