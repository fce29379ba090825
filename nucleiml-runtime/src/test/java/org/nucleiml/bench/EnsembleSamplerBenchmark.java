package org.nucleiml.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.GaussianLikelihood;
import org.nucleiml.inference.ModelBackend;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.PosteriorDensity;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.inference.mcmc.EnsembleSampler;
import org.nucleiml.inference.mcmc.StretchMove;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sampler overhead per evaluation: one ensemble step (64 walkers, 64 proposals) of the 7-NMP posterior
 * with a backend of negligible cost, so the time is the sampler's own (draws, proposals, prior,
 * likelihood, thread hand-off). Evaluations per second = 64 / (time per step).
 *
 * <p>Run: {@code ./mvnw -o -pl nucleiml-runtime -Pbench test-compile exec:exec -Dbench=EnsembleSamplerBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnsembleSamplerBenchmark {

  @Param({"BATCHED", "CHUNKED", "PER_POINT"})
  public String threading;

  @Param({"1", "2"})
  public int threads;

  private EnsembleSampler sampler;

  @Setup(Level.Trial)
  public void setUp() {
    ProductPrior prior = ProductPrior.studyBox();
    PosteriorDensity density = new PosteriorDensity(prior, new GaussianLikelihood(Constraint.study(), List.of()),
        new StudyShapedBackend(ModelBackend.Threading.valueOf(threading), 0), 0.5, 64);
    sampler = new EnsembleSampler(density, 64, 1, threads, StretchMove.DEFAULT);
    sampler.initialise(prior::sample, 100);
  }

  @Benchmark
  public double step() {
    sampler.step();
    return sampler.acceptanceFraction();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sampler.close();
  }

  /**
   * A backend for sampler benchmarks: each study observable linear in one NMP (K0, J0, L0, m*), Q0 > 0
   * non-admissible, so the posterior has the study's shape (4 constraints, 3 NMPs prior-dominated),
   * plus an optional busy wait per point standing in for the emulator's cost.
   */
  static final class StudyShapedBackend implements ModelBackend {

    private static final int[] DRIVER = {2, 5, 6, 4};

    private final Threading threading;
    private final long nanosPerPoint;
    private final double[] measured;

    StudyShapedBackend(Threading threading, long nanosPerPoint) {
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
          double[] range = ProductPrior.studyBox().components().get(DRIVER[t]).range();
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
}
