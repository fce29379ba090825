package org.nucleiml.bench;

import java.util.Locale;
import org.nucleiml.inference.ModelBackend;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.PosteriorResult;
import org.nucleiml.inference.PosteriorRun;

/**
 * A hand-run end-to-end figure: a full posterior run to the default stop rule (50 tau, R-hat < 1.01,
 * ESS >= 2000 per NMP, 64 walkers) with a batched backend costing a given time per point, as the
 * emulator would. Prints wall time, steps, evaluations, the sampler's share and the diagnostics.
 *
 * <p>Run: {@code java [-Dthreads=2] [-Dthreading=BATCHED|CHUNKED|PER_POINT] -cp <test classpath>
 * org.nucleiml.bench.PosteriorSamplerRunBenchmark [micros...]}
 */
public final class PosteriorSamplerRunBenchmark {

  private PosteriorSamplerRunBenchmark() {}

  public static void main(String[] args) {
    String[] costs = args.length > 0 ? args : new String[] {"0", "2", "5"};
    int threads = Integer.getInteger("threads", 2);
    run(0, threads, true); // warm-up of the JIT, not reported
    for (String micros : costs) {
      PosteriorResult r = run((long) (Double.parseDouble(micros) * 1000), threads, false);
      double backend = r.modelEvaluations() * Double.parseDouble(micros) * 1e-6;
      System.out.printf(Locale.ROOT, "%s, cost %s us/point: %s in %.1f s, %d steps, %d evaluations "
          + "(%.0f/s), backend %.1f s, sampler+diagnostics %.1f s, max tau %.0f, min ESS %.0f, max R-hat %.4f%n",
          System.getProperty("threading", "BATCHED"), micros, r.stop().converged() ? "converged" : "NOT converged", r.wallSeconds(), r.steps(),
          r.modelEvaluations(), r.evaluationsPerSecond(), backend, r.wallSeconds() - backend,
          r.diagnostics().maxTau(), r.diagnostics().minEss(), r.diagnostics().maxRHat());
    }
  }

  private static PosteriorResult run(long nanos, int threads, boolean quiet) {
    PosteriorConfig config = PosteriorConfig.builder("bench").seed(7).threads(threads).build();
    ModelBackend.Threading threading = ModelBackend.Threading.valueOf(System.getProperty("threading", "BATCHED"));
    return PosteriorRun.run(config, new EnsembleSamplerBenchmark.StudyShapedBackend(threading, nanos),
        quiet ? s -> { } : System.out::println);
  }
}
