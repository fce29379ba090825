package org.nucleiml.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * A cheap, deterministic stand-in for the RMF physics that exercises every class: no couplings for
 * high Q0, non-convergence for a band of K0, and smooth BE/Rch that leave the threshold for low E0.
 * Optionally fails after a number of evaluations, to simulate a crash mid-run.
 */
final class AnalyticEvaluator implements SampleEvaluator {

  private final long failAfter;
  private final AtomicLong calls = new AtomicLong();

  AnalyticEvaluator() {
    this(Long.MAX_VALUE);
  }

  AnalyticEvaluator(long failAfter) {
    this.failAfter = failAfter;
  }

  long calls() {
    return calls.get();
  }

  @Override
  public SampleResult evaluate(NuclearMatterParameters p, List<Nucleus> nuclei) {
    if (calls.incrementAndGet() > failAfter) {
      throw new IllegalStateException("simulated crash");
    }
    if (p.q0() > 0) {
      return SampleResult.noCouplings("Q0_TOO_HIGH");
    }
    Couplings c = new Couplings(10 + p.k0() / 100, 13, 9, 2000 + p.q0(), -28, 0.01, 0.02);
    List<NucleusResult> results = new ArrayList<>();
    for (Nucleus n : nuclei) {
      if (p.k0() > 280 && p.k0() < 290) {
        results.add(new NucleusResult(n, false, "ITERATION_CAP", 999, Double.NaN, Double.NaN));
        continue;
      }
      double be = n.a() * (-p.e0() / 2.0) * (1 + 0.01 * (p.l0() - 60));
      double rch = 1.2 * Math.cbrt(n.a()) * (1 + 0.1 * (p.mStarOverM() - 0.65));
      results.add(new NucleusResult(n, true, null, 40 + n.z(), be, rch));
    }
    return new SampleResult(c, null, results);
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of("kind", "analytic test evaluator");
  }
}
