package org.nucleiml.inference;

import java.util.List;
import java.util.Objects;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.mcmc.StopRule;

/**
 * Everything that defines a posterior run; validated on construction, so a run never starts with a
 * setting it would reject later. Build one with {@link #builder(String)}, which holds the defaults.
 *
 * @param name the run's name, also its output folder (letters, digits, '.', '_', '-')
 * @param seed the seed of every random draw
 * @param walkers ensemble size, even and >= 2 * dimension + 2
 * @param threads threads evaluating walkers (for per-point backends), >= 1
 * @param burnIn steps discarded before recording, >= 0
 * @param thin record every thin-th step, >= 1
 * @param checkInterval steps between stop-rule checks, >= 10
 * @param stopRule when to stop (tau factor, R-hat target, minimum ESS, step cap)
 * @param rHatGroups walker groups for split R-hat, in [2, walkers]
 * @param prior the prior over the NMPs
 * @param constraints the measured values the likelihood compares with
 * @param modelErrors model errors added in quadrature to the constraints' sigmas
 * @param admissibilityGate whether non-admissible points get zero likelihood
 * @param admissibilityThreshold the admissibility probability a point needs to pass the gate, in (0, 1]
 * @param start a start point for a small ball of walkers, or null to draw the walkers from the prior
 * @param startScale the ball's standard deviation as a fraction of each prior range, > 0
 * @param maxInitialDraws draws per walker to find a start of finite posterior, >= 1
 * @param differentialEvolutionFraction the share of proposals made by the differential-evolution move
 *     instead of the stretch move, in [0, 1]
 * @param allowExtrapolation run even where the model is used outside its domain (an emulator on nuclei
 *     or NMPs it was not trained on); off by default, recorded in posterior.json when on
 * @param emulatorUncertainty add the emulator ensemble's sigma of each prediction to the likelihood's
 *     variance (sigma_data^2 + sigma_emulator^2); off by default, recorded in posterior.json when on
 */
public record PosteriorConfig(String name, long seed, int walkers, int threads, int burnIn, int thin,
    int checkInterval, StopRule stopRule, int rHatGroups, Prior prior,
    List<Constraint> constraints, List<ModelError> modelErrors, boolean admissibilityGate,
    double admissibilityThreshold, double[] start, double startScale, int maxInitialDraws,
    double differentialEvolutionFraction, boolean allowExtrapolation, boolean emulatorUncertainty) {

  /** Validates every setting, naming the offending one. */
  public PosteriorConfig {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new InvalidParameterException("name", name, "letters, digits, '.', '_' or '-'");
    }
    Objects.requireNonNull(prior, "prior");
    Objects.requireNonNull(stopRule, "stopRule");
    int dim = prior.dimension();
    if (walkers % 2 != 0 || walkers < 2 * dim + 2) {
      throw new InvalidParameterException("walkers", walkers, "an even number >= " + (2 * dim + 2));
    }
    Checks.positive("threads", threads);
    if (!(differentialEvolutionFraction >= 0 && differentialEvolutionFraction <= 1)) {
      throw new InvalidParameterException("differentialEvolutionFraction", differentialEvolutionFraction,
          "a fraction in [0, 1]");
    }
    Checks.nonNegative("burnIn", burnIn);
    Checks.positive("thin", thin);
    if (stopRule.maxSteps() / thin < 4) {
      // diagnostics need a few recorded steps
      throw new InvalidParameterException("thin", thin, "at most maxSteps / 4 = " + stopRule.maxSteps() / 4);
    }
    if ((double) (stopRule.maxSteps() / thin) * walkers * dim > Integer.MAX_VALUE - 8) {
      // the chain is held in memory: 8 bytes per recorded value
      throw new InvalidParameterException("maxSteps", stopRule.maxSteps(),
          "at most " + (long) ((Integer.MAX_VALUE - 8.0) * thin / walkers / dim) + " with thin " + thin);
    }
    if (checkInterval < 10) {
      throw new InvalidParameterException("checkInterval", checkInterval, "an integer >= 10");
    }
    if (rHatGroups < 2 || rHatGroups > walkers) {
      throw new InvalidParameterException("rHatGroups", rHatGroups, "an integer in [2, walkers]");
    }
    constraints = List.copyOf(constraints);
    modelErrors = List.copyOf(modelErrors);
    if (constraints.isEmpty()) {
      throw new InvalidParameterException("constraints", "none", "at least one constraint");
    }
    Checks.openRange("admissibilityThreshold", admissibilityThreshold, 0, 1.0000001);
    start = checkStart(start, prior);
    Checks.positive("startScale", startScale);
    Checks.positive("maxInitialDraws", maxInitialDraws);
  }

  private static double[] checkStart(double[] start, Prior prior) {
    if (start == null) {
      return null;
    }
    if (start.length != prior.dimension() || !(prior.logDensity(start) > Double.NEGATIVE_INFINITY)) {
      throw new InvalidParameterException("start", java.util.Arrays.toString(start),
          prior.dimension() + " values inside the prior's support " + prior.names());
    }
    return start.clone();
  }

  /** A copy of the start point, or null. */
  @Override
  public double[] start() {
    return start == null ? null : start.clone();
  }

  /** The threshold the posterior density applies: 0 (no gate) when the gate is off. */
  public double effectiveThreshold() {
    return admissibilityGate ? admissibilityThreshold : 0.0;
  }

  /**
   * Every setting that determines the draws, as ordered snake_case entries (seed, sampler, stop rule,
   * prior, constraints, model errors, gate), for step fingerprints; {@code threads} is left out
   * because the chain does not depend on it.
   */
  public java.util.Map<String, Object> fingerprintParameters() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("name", name);
    m.put("seed", seed);
    m.put("tau_factor", stopRule.tauFactor());
    m.put("r_hat_target", stopRule.rHatTarget());
    m.put("min_ess", stopRule.minEss());
    m.put("max_steps", stopRule.maxSteps());
    m.putAll(PosteriorSettingsJson.of(this));
    m.remove("threads");
    return m;
  }

  /** A builder with the study's defaults for a run called {@code name}. */
  public static PosteriorConfigBuilder builder(String name) {
    return new PosteriorConfigBuilder(name);
  }

  /** A builder starting from this configuration. */
  public PosteriorConfigBuilder toBuilder() {
    return new PosteriorConfigBuilder(this);
  }
}
