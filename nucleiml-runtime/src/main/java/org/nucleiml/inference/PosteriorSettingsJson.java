package org.nucleiml.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "settings" object of posterior.json: every input of the run, so a reader can reproduce it. */
final class PosteriorSettingsJson {

  private PosteriorSettingsJson() {}

  static Map<String, Object> of(PosteriorConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("walkers", c.walkers());
    m.put("burn_in", c.burnIn());
    m.put("thin", c.thin());
    m.put("check_interval", c.checkInterval());
    m.put("r_hat_groups", c.rHatGroups());
    m.put("stretch_scale_a", 2.0);
    m.put("admissibility_gate", c.admissibilityGate());
    m.put("admissibility_threshold", c.admissibilityThreshold());
    m.put("start", c.start() == null ? "prior" : java.util.Arrays.stream(c.start()).boxed().toList());
    m.put("start_scale", c.startScale());
    m.put("max_initial_draws", c.maxInitialDraws());
    m.put("differential_evolution_fraction", c.differentialEvolutionFraction());
    m.put("prior", prior(c.prior()));
    m.put("constraints", constraints(c));
    m.put("model_errors", modelErrors(c));
    if (c.allowExtrapolation()) {
      // only when on, so the default run's outputs keep their bytes
      m.put("allow_extrapolation", true);
    }
    if (c.emulatorUncertainty()) {
      // likewise only when on
      m.put("emulator_uncertainty", true);
    }
    return m;
  }

  private static List<Map<String, Object>> prior(Prior prior) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < prior.dimension(); i++) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", prior.names().get(i));
      if (prior instanceof ProductPrior p && p.components().get(i) instanceof GaussianPrior g) {
        e.put("type", "gaussian");
        e.put("mean", g.mean());
        e.put("sd", g.sd());
        e.put("lo", PosteriorJson.finite(g.lo()));
        e.put("hi", PosteriorJson.finite(g.hi()));
      } else {
        e.put("type", prior instanceof ProductPrior ? "uniform" : prior.getClass().getSimpleName());
        e.put("lo", prior.range(i)[0]);
        e.put("hi", prior.range(i)[1]);
      }
      list.add(e);
    }
    return list;
  }

  private static List<Map<String, Object>> constraints(PosteriorConfig c) {
    GaussianLikelihood likelihood = new GaussianLikelihood(c.constraints(), c.modelErrors());
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < c.constraints().size(); i++) {
      Constraint k = c.constraints().get(i);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("nucleus", k.nucleus().name());
      e.put("observable", k.observable().key());
      e.put("unit", k.observable().unit());
      e.put("value", k.value());
      e.put("sigma", k.sigma());
      e.put("sigma_total", likelihood.sigma(i));
      list.add(e);
    }
    return list;
  }

  private static List<Map<String, Object>> modelErrors(PosteriorConfig c) {
    return c.modelErrors().stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("observable", e.observable().key());
      m.put("absolute", e.absolute());
      m.put("relative", e.relative());
      return m;
    }).toList();
  }
}
