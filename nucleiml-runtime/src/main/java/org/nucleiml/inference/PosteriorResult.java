package org.nucleiml.inference;

import java.util.List;
import org.nucleiml.inference.mcmc.Chain;
import org.nucleiml.inference.mcmc.Diagnostics;
import org.nucleiml.inference.mcmc.StopDecision;

/**
 * What a posterior run produced: the recorded chain, its summary and diagnostics, the stop-rule
 * outcome and the cost.
 *
 * @param config the run's settings
 * @param backend the backend's name
 * @param chain the recorded chain (after burn-in, thinned)
 * @param summary medians, credible intervals, moments and correlations
 * @param diagnostics autocorrelation times, ESS and R-hat per NMP
 * @param stop the stop rule's final verdict
 * @param acceptanceFraction the fraction of accepted stretch moves
 * @param steps sampler steps after burn-in
 * @param modelEvaluations points the backend evaluated (burn-in and initialisation included)
 * @param wallSeconds wall time of the run
 * @param importance how the draws were importance-sampled from another posterior, or null for a chain
 */
public record PosteriorResult(PosteriorConfig config, String backend, Chain chain,
    PosteriorSummary summary, Diagnostics diagnostics, StopDecision stop, double acceptanceFraction,
    long steps, long modelEvaluations, double wallSeconds, ImportanceSummary importance) {

  /** A chain's result (no importance sampling). */
  public PosteriorResult(PosteriorConfig config, String backend, Chain chain, PosteriorSummary summary,
      Diagnostics diagnostics, StopDecision stop, double acceptanceFraction, long steps, long modelEvaluations,
      double wallSeconds) {
    this(config, backend, chain, summary, diagnostics, stop, acceptanceFraction, steps, modelEvaluations,
        wallSeconds, null);
  }

  /** Parameter names, in coordinate order. */
  public List<String> names() {
    return config.prior().names();
  }

  /** Backend evaluations per second of wall time. */
  public double evaluationsPerSecond() {
    return modelEvaluations / Math.max(wallSeconds, 1e-9);
  }

  /** One line per NMP for logs: "L0 = 60.03 +7.85 -8.13 (68%), ESS 2100, R-hat 1.0010". */
  public List<String> report() {
    List<String> lines = new java.util.ArrayList<>();
    for (int p = 0; p < names().size(); p++) {
      ParameterSummary s = summary.parameters().get(p);
      String line = String.format(java.util.Locale.ROOT, "%s = %.4g +%.3g -%.3g (68%%), ESS %.0f",
          s.name(), s.median(), s.upper68() - s.median(), s.median() - s.lower68(), diagnostics.ess()[p]);
      // an importance-sampled run has no chain to take R-hat of
      lines.add(importance == null ? line + String.format(java.util.Locale.ROOT, ", R-hat %.4f", diagnostics.rHat()[p])
          : line);
    }
    return lines;
  }

  /** The draws and ESS, labelled {@code label}, for a comparison. */
  public PosteriorSample sample(String label) {
    return new PosteriorSample(label, names(), chain.points(), diagnostics.ess().clone());
  }
}
