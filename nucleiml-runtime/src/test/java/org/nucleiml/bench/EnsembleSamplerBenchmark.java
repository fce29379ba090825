package org.nucleiml.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.GaussianLikelihood;
import org.nucleiml.inference.ModelBackend;
import org.nucleiml.inference.PosteriorDensity;
import org.nucleiml.inference.ProductPrior;
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
        new SamplerBackends(ModelBackend.Threading.valueOf(threading), 0), 0.5, 64);
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
}
