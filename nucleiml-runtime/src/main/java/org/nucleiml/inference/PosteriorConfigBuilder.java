package org.nucleiml.inference;

import java.util.List;
import org.nucleiml.inference.mcmc.SplitRHat;
import org.nucleiml.inference.mcmc.StopRule;

/** Builds a {@link PosteriorConfig}, starting from the study's defaults; validation happens in build(). */
public final class PosteriorConfigBuilder {

  /** Default ensemble size: comfortably above 2 * 7 + 2 = 16 for the seven NMPs. */
  public static final int DEFAULT_WALKERS = 64;
  /** Default share of differential-evolution proposals. */
  public static final double DEFAULT_DIFFERENTIAL_EVOLUTION_FRACTION = 0.8;
  /** Default stop rule: 50 tau, R-hat < 1.01, ESS >= 2000 per NMP, at most 20,000 steps. */
  public static final StopRule DEFAULT_STOP_RULE = new StopRule(50, 1.01, 2000, 20_000);

  private String name;
  private long seed = 20250403L;
  private int walkers = DEFAULT_WALKERS;
  private int threads = Runtime.getRuntime().availableProcessors();
  private int burnIn = 1000;
  private int thin = 1;
  private int checkInterval = 500;
  private StopRule stopRule = DEFAULT_STOP_RULE;
  private int rHatGroups = SplitRHat.DEFAULT_GROUPS;
  private Prior prior;
  private List<Constraint> constraints;
  private List<ModelError> modelErrors = List.of();
  private boolean admissibilityGate = true;
  private double admissibilityThreshold = 0.5;
  private double[] start;
  private double startScale = 1e-3;
  private int maxInitialDraws = 1000;
  private double differentialEvolutionFraction = DEFAULT_DIFFERENTIAL_EVOLUTION_FRACTION;
  private boolean allowExtrapolation;
  private boolean emulatorUncertainty;

  /**
   * Adds the emulator's own sigma of each prediction to the likelihood's variance (needs an emulator
   * ensemble); off by default.
   */
  public PosteriorConfigBuilder emulatorUncertainty(boolean value) {
    emulatorUncertainty = value;
    return this;
  }

  /** Lets the run use the model outside its domain (recorded in posterior.json); off by default. */
  public PosteriorConfigBuilder allowExtrapolation(boolean value) {
    allowExtrapolation = value;
    return this;
  }

  /** Sets the share of differential-evolution proposals (the rest are stretch moves). */
  public PosteriorConfigBuilder differentialEvolutionFraction(double value) {
    differentialEvolutionFraction = value;
    return this;
  }

  PosteriorConfigBuilder(String name) {
    this.name = name;
  }

  PosteriorConfigBuilder(PosteriorConfig c) {
    this(c.name());
    seed = c.seed();
    walkers = c.walkers();
    threads = c.threads();
    burnIn = c.burnIn();
    thin = c.thin();
    checkInterval = c.checkInterval();
    stopRule = c.stopRule();
    rHatGroups = c.rHatGroups();
    prior = c.prior();
    constraints = c.constraints();
    modelErrors = c.modelErrors();
    admissibilityGate = c.admissibilityGate();
    admissibilityThreshold = c.admissibilityThreshold();
    start = c.start();
    startScale = c.startScale();
    maxInitialDraws = c.maxInitialDraws();
    differentialEvolutionFraction = c.differentialEvolutionFraction();
    allowExtrapolation = c.allowExtrapolation();
    emulatorUncertainty = c.emulatorUncertainty();
  }

  /** Validates and builds; the prior defaults to Table 1, the constraints to the study's four. */
  public PosteriorConfig build() {
    return new PosteriorConfig(name, seed, walkers, threads, burnIn, thin, checkInterval, stopRule,
        rHatGroups, prior == null ? ProductPrior.studyBox() : prior,
        constraints == null ? Constraint.study() : constraints, modelErrors, admissibilityGate,
        admissibilityThreshold, start, startScale, maxInitialDraws, differentialEvolutionFraction,
        allowExtrapolation, emulatorUncertainty);
  }

  /** Sets the run's name. */
  public PosteriorConfigBuilder name(String value) {
    name = value;
    return this;
  }

  /** Sets the seed. */
  public PosteriorConfigBuilder seed(long value) {
    seed = value;
    return this;
  }

  /** Sets the ensemble size. */
  public PosteriorConfigBuilder walkers(int value) {
    walkers = value;
    return this;
  }

  /** Sets the thread count. */
  public PosteriorConfigBuilder threads(int value) {
    threads = value;
    return this;
  }

  /** Sets the burn-in steps. */
  public PosteriorConfigBuilder burnIn(int value) {
    burnIn = value;
    return this;
  }

  /** Sets the thinning factor. */
  public PosteriorConfigBuilder thin(int value) {
    thin = value;
    return this;
  }

  /** Sets the steps between stop-rule checks. */
  public PosteriorConfigBuilder checkInterval(int value) {
    checkInterval = value;
    return this;
  }

  /** Sets the stop rule. */
  public PosteriorConfigBuilder stopRule(StopRule value) {
    stopRule = value;
    return this;
  }

  /** Sets the walker groups of split R-hat. */
  public PosteriorConfigBuilder rHatGroups(int value) {
    rHatGroups = value;
    return this;
  }

  /** Sets the prior. */
  public PosteriorConfigBuilder prior(Prior value) {
    prior = value;
    return this;
  }

  /** Sets the constraints. */
  public PosteriorConfigBuilder constraints(List<Constraint> value) {
    constraints = value;
    return this;
  }

  /** Sets the model errors. */
  public PosteriorConfigBuilder modelErrors(List<ModelError> value) {
    modelErrors = value;
    return this;
  }

  /** Switches the admissibility gate on or off. */
  public PosteriorConfigBuilder admissibilityGate(boolean value) {
    admissibilityGate = value;
    return this;
  }

  /** Sets the admissibility threshold of the gate. */
  public PosteriorConfigBuilder admissibilityThreshold(double value) {
    admissibilityThreshold = value;
    return this;
  }

  /** Starts the walkers in a ball around {@code point} (null: from the prior). */
  public PosteriorConfigBuilder start(double[] point) {
    start = point == null ? null : point.clone();
    return this;
  }

  /** Sets the ball's standard deviation as a fraction of each prior range. */
  public PosteriorConfigBuilder startScale(double value) {
    startScale = value;
    return this;
  }

  /** Sets the draws per walker allowed to find a start of finite posterior. */
  public PosteriorConfigBuilder maxInitialDraws(int value) {
    maxInitialDraws = value;
    return this;
  }
}
