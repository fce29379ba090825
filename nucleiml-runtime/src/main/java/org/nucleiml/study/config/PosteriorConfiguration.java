package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Threshold;
import org.nucleiml.inference.ComparisonResult;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.ModelError;
import org.nucleiml.inference.PosteriorComparison;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.backend.EmulatorBackend;
import org.nucleiml.inference.backend.SolverBackend;
import org.nucleiml.inference.backend.StudyBackend;
import org.nucleiml.inference.mcmc.StopRule;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.study.PosteriorComparisonStep;
import org.nucleiml.study.PosteriorStep;

/**
 * Configuration of the posterior step (nml:posterior, {@code nml posterior}): the Bayesian posterior
 * of the NMPs with the emulator or the RMF solver, optionally compared with another posterior.
 */
public final class PosteriorConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "posterior";
  /** Default run name. */
  public static final String DEFAULT_NAME = "emulator";
  /** Default backend. */
  public static final String DEFAULT_BACKEND = "emulator";
  /** Default ensemble size. */
  public static final String DEFAULT_WALKERS = "64";
  /** Default burn-in steps. */
  public static final String DEFAULT_BURN_IN = "1000";
  /** Default share of differential-evolution proposals. */
  public static final String DEFAULT_DE_FRACTION = "0.8";
  /** Default thinning. */
  public static final String DEFAULT_THIN = "1";
  /** Default step cap after burn-in. */
  public static final String DEFAULT_MAX_STEPS = "20000";
  /** Default minimum effective sample size per NMP. */
  public static final String DEFAULT_MIN_ESS = "2000";
  /** Default split R-hat target. */
  public static final String DEFAULT_R_HAT_TARGET = "1.01";
  /** Default number of autocorrelation times the recorded steps must exceed. */
  public static final String DEFAULT_TAU_FACTOR = "50";
  /** Default steps before the first stop-rule check. */
  public static final String DEFAULT_CHECK_INTERVAL = "500";
  /** Default study seed. */
  public static final String DEFAULT_SEED = GenerateConfiguration.DEFAULT_SEED;
  /** Default of the admissibility gate. */
  public static final String DEFAULT_ADMISSIBILITY_GATE = "true";
  /** Default comparison gate, bits per marginal. */
  public static final String DEFAULT_MAX_JS_DIVERGENCE = "0.05";

  private String name = DEFAULT_NAME;
  private String backend = DEFAULT_BACKEND;
  private Path emulator;
  private List<ConstraintEntry> constraints = List.of();
  private ParameterBox priorBox = ParameterBox.STUDY;
  private List<PriorEntry> gaussianPriors = List.of();
  private List<ModelErrorEntry> modelErrors = List.of();
  private int walkers = Integer.parseInt(DEFAULT_WALKERS);
  private int burnIn = Integer.parseInt(DEFAULT_BURN_IN);
  private double differentialEvolutionFraction = Double.parseDouble(DEFAULT_DE_FRACTION);
  private int thin = Integer.parseInt(DEFAULT_THIN);
  private long maxSteps = Long.parseLong(DEFAULT_MAX_STEPS);
  private double minEss = Double.parseDouble(DEFAULT_MIN_ESS);
  private double rHatTarget = Double.parseDouble(DEFAULT_R_HAT_TARGET);
  private double tauFactor = Double.parseDouble(DEFAULT_TAU_FACTOR);
  private int checkInterval = Integer.parseInt(DEFAULT_CHECK_INTERVAL);
  private long seed = Long.parseLong(DEFAULT_SEED);
  private boolean admissibilityGate = Boolean.parseBoolean(DEFAULT_ADMISSIBILITY_GATE);
  private boolean allowExtrapolation;
  private boolean emulatorUncertainty;
  private Path outputDirectory;
  private Path compareWith;
  private double maxJsDivergence = Double.parseDouble(DEFAULT_MAX_JS_DIVERGENCE);
  private boolean failOnGate = Boolean.parseBoolean(FailOnGate.DEFAULT);
  private SolverSettings solver = SolverSettings.DEFAULT;
  private ModelConstants constants = ModelConstants.STUDY;

  @Override
  public String goal() {
    return GOAL;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "the directory of the named posteriors");
    }
    PosteriorConfig config = posteriorConfig(context.threads());
    Optional<PosteriorComparisonStep> comparison = compareWith == null ? Optional.empty()
        : Optional.of(new PosteriorComparisonStep(compareWith, maxJsDivergence, PosteriorComparison.DEFAULT_BINS));
    PosteriorStep.Outcome outcome = new PosteriorStep(config, backend(), outputDirectory, comparison,
        context.cache(), context.info()).run();
    if (outcome.comparison().isPresent() && !outcome.comparison().get().comparison().passed()) {
      ComparisonResult c = outcome.comparison().get().comparison();
      FailOnGate.apply(failOnGate, new GateFailedException("maxJsDivergence", "nml:" + GOAL + " comparison with "
          + compareWith + " failed the maxJsDivergence gate:", c.report()), context.warn());
    }
  }

  /** The validated sampler settings. */
  PosteriorConfig posteriorConfig(int threads) {
    List<Constraint> likelihood = new ArrayList<>();
    for (int i = 0; i < constraints.size(); i++) {
      likelihood.add(constraints.get(i).toConstraint("constraints[" + i + "]."));
    }
    List<ModelError> errors = new ArrayList<>();
    for (int i = 0; i < modelErrors.size(); i++) {
      errors.add(modelErrors.get(i).toModelError("modelErrors[" + i + "]."));
    }
    return PosteriorConfig.builder(name).seed(seed).threads(threads).walkers(walkers).burnIn(burnIn)
        .differentialEvolutionFraction(differentialEvolutionFraction).thin(thin).checkInterval(checkInterval)
        .stopRule(new StopRule(tauFactor, rHatTarget, minEss, maxSteps))
        .prior(PriorEntry.prior(priorBox, gaussianPriors))
        .constraints(likelihood.isEmpty() ? Constraint.study() : likelihood).modelErrors(errors)
        .admissibilityGate(admissibilityGate).allowExtrapolation(allowExtrapolation)
        .emulatorUncertainty(emulatorUncertainty).build();
  }

  private StudyBackend backend() throws IOException {
    String kind = backend == null ? "" : backend.trim().toLowerCase(Locale.ROOT);
    if (kind.equals("solver")) {
      return new SolverBackend(solver, constants, Threshold.STUDY);
    }
    if (!kind.equals("emulator")) {
      throw new InvalidParameterException("backend", backend, "emulator or solver");
    }
    if (emulator == null || !Files.exists(emulator)) {
      throw new InvalidParameterException("emulatorDirectory", emulator,
          "an emulator written by nml:train (or set emulatorArtifact to its coordinates)");
    }
    return EmulatorBackend.load(emulator);
  }

  /** The run's name, also its folder (letters, digits, '.', '_', '-'). */
  public PosteriorConfiguration name(String value) {
    name = value;
    return this;
  }

  /** emulator or solver. */
  public PosteriorConfiguration backend(String value) {
    backend = value;
    return this;
  }

  /** The emulator directory or zip of the emulator backend. */
  public PosteriorConfiguration emulator(Path value) {
    emulator = value;
    return this;
  }

  /** The likelihood's terms; empty: BE and Rch of 40Ca and 208Pb with sigma 2%. */
  public PosteriorConfiguration constraints(List<ConstraintEntry> value) {
    constraints = List.copyOf(value);
    return this;
  }

  /** The uniform prior box (default: the study's Table 1). */
  public PosteriorConfiguration priorBox(ParameterBox value) {
    priorBox = Objects.requireNonNull(value, "priorBox");
    return this;
  }

  /** Gaussian priors replacing the uniform one of their NMP. */
  public PosteriorConfiguration gaussianPriors(List<PriorEntry> value) {
    gaussianPriors = List.copyOf(value);
    return this;
  }

  /** Model errors added in quadrature to the constraints' sigmas of their observable. */
  public PosteriorConfiguration modelErrors(List<ModelErrorEntry> value) {
    modelErrors = List.copyOf(value);
    return this;
  }

  /** Ensemble size, burn-in steps, recorded-step cap and thinning. */
  public PosteriorConfiguration sampler(int newWalkers, int newBurnIn, long newMaxSteps, int newThin) {
    walkers = newWalkers;
    burnIn = newBurnIn;
    maxSteps = newMaxSteps;
    thin = newThin;
    return this;
  }

  /** Share of differential-evolution proposals, in [0, 1]. */
  public PosteriorConfiguration differentialEvolutionFraction(double value) {
    differentialEvolutionFraction = value;
    return this;
  }

  /** The stop rule: minimum ESS, R-hat target, autocorrelation times, steps before the first check. */
  public PosteriorConfiguration stopRule(double newMinEss, double newRHatTarget, double newTauFactor,
      int newCheckInterval) {
    minEss = newMinEss;
    rHatTarget = newRHatTarget;
    tauFactor = newTauFactor;
    checkInterval = newCheckInterval;
    return this;
  }

  /** Seed of every random draw of the sampler. */
  public PosteriorConfiguration seed(long value) {
    seed = value;
    return this;
  }

  /** Give non-admissible points zero likelihood. */
  public PosteriorConfiguration admissibilityGate(boolean value) {
    admissibilityGate = value;
    return this;
  }

  /**
   * Run even where the emulator is used outside its training domain (nuclei it was not trained on, a
   * prior reaching outside its box); recorded in posterior.json. Off: such a run fails.
   */
  public PosteriorConfiguration allowExtrapolation(boolean value) {
    allowExtrapolation = value;
    return this;
  }

  /**
   * Add the emulator ensemble's sigma of each prediction to the likelihood's variance,
   * sigma_data^2 + sigma_emulator^2; needs an emulator trained with ensembleSize >= 2. Recorded in
   * posterior.json when on.
   */
  public PosteriorConfiguration emulatorUncertainty(boolean value) {
    emulatorUncertainty = value;
    return this;
  }

  /** The directory holding one folder per named posterior. */
  public PosteriorConfiguration outputDirectory(Path value) {
    outputDirectory = value;
    return this;
  }

  /** Another posterior's directory to compare with, or null; and the comparison's gate, bits. */
  public PosteriorConfiguration compareWith(Path other, double newMaxJsDivergence) {
    compareWith = other;
    maxJsDivergence = newMaxJsDivergence;
    return this;
  }

  /** Fail when the comparison misses its gate (after writing it); false only warns. */
  public PosteriorConfiguration failOnGate(boolean value) {
    failOnGate = value;
    return this;
  }

  /** RMF solver settings of the solver backend. */
  public PosteriorConfiguration solver(SolverSettings value) {
    solver = Objects.requireNonNull(value, "solver");
    return this;
  }

  /** Meson and nucleon masses of the solver backend. */
  public PosteriorConfiguration constants(ModelConstants value) {
    constants = Objects.requireNonNull(value, "constants");
    return this;
  }
}
