package org.nucleiml.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.inference.mcmc.Diagnostics;
import org.nucleiml.inference.mcmc.StopRule;

/**
 * The content of posterior.json as ordered maps: per NMP the summary and diagnostics, the correlation
 * matrix, the stop-rule outcome, the cost and every setting. Non-finite numbers become null.
 */
final class PosteriorJson {

  private PosteriorJson() {}

  static Map<String, Object> of(PosteriorResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.config().name());
    m.put("backend", r.backend());
    m.put("runtime_version", RuntimeVersion.get());
    m.put("seed", r.config().seed());
    m.put("parameters", parameters(r));
    // a LinkedHashMap, not Map.of: Map.of's iteration order changes from one JVM run to the next
    Map<String, Object> correlation = new LinkedHashMap<>();
    correlation.put("names", r.names());
    correlation.put("matrix", finite(r.summary().correlation()));
    m.put("correlation", correlation);
    m.put("diagnostics", diagnostics(r));
    m.put("stop_rule", stopRule(r));
    if (r.importance() != null) {
      m.put("importance_sampling", importance(r.importance()));
    }
    m.put("cost", cost(r));
    m.put("settings", PosteriorSettingsJson.of(r.config()));
    return m;
  }

  private static Map<String, Object> parameters(PosteriorResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Diagnostics d = r.diagnostics();
    for (int p = 0; p < r.names().size(); p++) {
      ParameterSummary s = r.summary().parameters().get(p);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("median", s.median());
      e.put("ci68", List.of(s.lower68(), s.upper68()));
      e.put("ci95", List.of(s.lower95(), s.upper95()));
      e.put("mean", s.mean());
      e.put("sd", s.sd());
      e.put("tau_steps", finite(d.tau()[p]));
      e.put("ess", finite(d.ess()[p]));
      e.put("r_hat", finite(d.rHat()[p]));
      m.put(s.name(), e);
    }
    return m;
  }

  private static Map<String, Object> diagnostics(PosteriorResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("acceptance_fraction", finite(r.acceptanceFraction()));
    m.put("steps", r.steps());
    m.put("recorded_steps", r.chain().steps());
    m.put("draws", (long) r.chain().steps() * r.chain().walkers());
    m.put("max_tau_steps", finite(r.diagnostics().maxTau()));
    m.put("min_ess", finite(r.diagnostics().minEss()));
    m.put("max_r_hat", finite(r.diagnostics().maxRHat()));
    return m;
  }

  private static Map<String, Object> stopRule(PosteriorResult r) {
    StopRule rule = r.config().stopRule();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("converged", r.stop().converged());
    m.put("cap_reached", r.stop().capReached());
    m.put("failing", r.stop().failing());
    m.put("tau_factor", rule.tauFactor());
    m.put("r_hat_target", rule.rHatTarget());
    m.put("min_ess", rule.minEss());
    m.put("max_steps", rule.maxSteps());
    return m;
  }

  private static Map<String, Object> importance(ImportanceSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "self-normalised importance sampling of the proposal's draws, systematic resampling");
    m.put("proposal", s.proposalName());
    m.put("proposal_backend", s.proposalBackend());
    m.put("proposal_chain_sha256", s.proposalChainSha256());
    m.put("proposal_draws", s.proposalRows());
    m.put("draws", s.draws());
    m.put("finite_draws", s.finite());
    m.put("kish_ess", s.kishEss());
    m.put("max_weight", s.maxWeight());
    return m;
  }

  private static Map<String, Object> cost(PosteriorResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    // wall time and evaluations per second are run facts: PosteriorRun writes them to run-info.json
    m.put("model_evaluations", r.modelEvaluations());
    return m;
  }

  static Object finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  static List<List<Object>> finite(double[][] matrix) {
    List<List<Object>> rows = new ArrayList<>();
    for (double[] row : matrix) {
      List<Object> values = new ArrayList<>();
      for (double v : row) {
        values.add(finite(v));
      }
      rows.add(values);
    }
    return rows;
  }
}
