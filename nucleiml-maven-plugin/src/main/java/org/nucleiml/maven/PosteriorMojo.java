package org.nucleiml.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.PosteriorConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Samples the Bayesian posterior of the nuclear-matter parameters with the emulator or the RMF solver,
 * and optionally compares it with another posterior.
 */
@Mojo(name = PosteriorConfiguration.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PosteriorMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.POSTERIOR_SKIP, defaultValue = "false")
  private boolean skipPosterior;

  /** The run's name, also its folder under outputDirectory (letters, digits, '.', '_', '-'). */
  @Parameter(property = PropertyNames.POSTERIOR_NAME, defaultValue = PosteriorConfiguration.DEFAULT_NAME)
  private String name;

  /** The model: {@code emulator} (trained by nml:train) or {@code solver} (the RMF solver). */
  @Parameter(property = PropertyNames.POSTERIOR_BACKEND, defaultValue = PosteriorConfiguration.DEFAULT_BACKEND)
  private String backend;

  /** The emulator directory (or zip) used when emulatorArtifact is not set. */
  @Parameter(property = PropertyNames.POSTERIOR_EMULATOR_DIRECTORY, defaultValue = "${project.build.directory}/nml/emulator")
  private File emulatorDirectory;

  /** An emulator by Maven coordinates groupId:artifactId:version[:classifier], type zip, classifier emulator by default. */
  @Parameter(property = PropertyNames.POSTERIOR_EMULATOR_ARTIFACT)
  private String emulatorArtifact;

  /** The likelihood's terms; default BE and Rch of 40Ca and 208Pb with sigma 2%. */
  @Parameter
  private List<ConstraintConfiguration> constraints;

  /** The uniform prior box; NMPs left out keep the study's Table 1 ranges. */
  @Parameter
  private BoxConfiguration priorBox;

  /** Gaussian priors replacing the uniform one of their NMP, truncated to its prior box range. */
  @Parameter
  private List<GaussianPriorConfiguration> gaussianPriors;

  /** Model errors added in quadrature to the constraints' sigmas of their observable. */
  @Parameter
  private List<ModelErrorConfiguration> modelErrors;

  /** Ensemble size: even and >= 16 for the seven NMPs. */
  @Parameter(property = PropertyNames.POSTERIOR_WALKERS, defaultValue = PosteriorConfiguration.DEFAULT_WALKERS)
  private int walkers;

  /** Sampler steps run and discarded before recording. */
  @Parameter(property = PropertyNames.POSTERIOR_BURN_IN, defaultValue = PosteriorConfiguration.DEFAULT_BURN_IN)
  private int burnIn;

  /**
   * Share of proposals made by the differential-evolution move (ter Braak 2006, emcee's DEMove), the
   * rest by the stretch move, in [0, 1]. The default 0.8 cut the autocorrelation time of the study's
   * posterior about fourfold; 0 is the paper's pure stretch move.
   */
  @Parameter(property = PropertyNames.POSTERIOR_DE_FRACTION, defaultValue = PosteriorConfiguration.DEFAULT_DE_FRACTION)
  private double differentialEvolutionFraction;

  /** Record every thin-th step. */
  @Parameter(property = PropertyNames.POSTERIOR_THIN, defaultValue = PosteriorConfiguration.DEFAULT_THIN)
  private int thin;

  /** Step cap after burn-in; the run stops there unconverged (posterior.json says so). */
  @Parameter(property = PropertyNames.POSTERIOR_MAX_STEPS, defaultValue = PosteriorConfiguration.DEFAULT_MAX_STEPS)
  private long maxSteps;

  /** Stop rule: minimum effective sample size per NMP. */
  @Parameter(property = PropertyNames.POSTERIOR_MIN_ESS, defaultValue = PosteriorConfiguration.DEFAULT_MIN_ESS)
  private double minEss;

  /** Stop rule: split R-hat must fall below this, > 1. */
  @Parameter(property = PropertyNames.POSTERIOR_R_HAT_TARGET, defaultValue = PosteriorConfiguration.DEFAULT_R_HAT_TARGET)
  private double rHatTarget;

  /** Stop rule: recorded steps must exceed this many autocorrelation times. */
  @Parameter(property = PropertyNames.POSTERIOR_TAU_FACTOR, defaultValue = PosteriorConfiguration.DEFAULT_TAU_FACTOR)
  private double tauFactor;

  /** Steps before the first stop-rule check, >= 10. */
  @Parameter(property = PropertyNames.POSTERIOR_CHECK_INTERVAL, defaultValue = PosteriorConfiguration.DEFAULT_CHECK_INTERVAL)
  private int checkInterval;

  /** Seed of every random draw of the sampler. */
  @Parameter(property = PropertyNames.SEED, defaultValue = PosteriorConfiguration.DEFAULT_SEED)
  private long seed;

  /** Give non-admissible points (classifier probability < 0.5, or failed solves) zero likelihood. */
  @Parameter(property = PropertyNames.POSTERIOR_ADMISSIBILITY_GATE, defaultValue = PosteriorConfiguration.DEFAULT_ADMISSIBILITY_GATE)
  private boolean admissibilityGate;

  /**
   * Run even where the emulator would be used outside its training domain (constrained nuclei it was
   * not trained on, a prior reaching outside its training box); the build fails there otherwise. The
   * opt-in is recorded in posterior.json.
   */
  @Parameter(property = PropertyNames.POSTERIOR_ALLOW_EXTRAPOLATION, defaultValue = "false")
  private boolean allowExtrapolation;

  /**
   * Add the emulator ensemble's standard deviation of each prediction to the likelihood's variance,
   * sigma_data^2 + sigma_emulator^2 (with the normalisation term, which now depends on the parameters).
   * Needs an emulator trained with ensembleSize >= 2; recorded in posterior.json when on.
   */
  @Parameter(property = PropertyNames.POSTERIOR_EMULATOR_UNCERTAINTY, defaultValue = "false")
  private boolean emulatorUncertainty;

  /** The directory holding one folder per named posterior. */
  @Parameter(property = PropertyNames.POSTERIOR_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/posterior")
  private File outputDirectory;

  /** Another posterior's directory to compare with (comparison.json, corner-comparison.png). */
  @Parameter(property = PropertyNames.POSTERIOR_COMPARE_WITH)
  private File compareWith;

  /** The comparison's gate: the largest allowed Jensen-Shannon divergence per marginal, bits. */
  @Parameter(property = PropertyNames.POSTERIOR_MAX_JS_DIVERGENCE, defaultValue = PosteriorConfiguration.DEFAULT_MAX_JS_DIVERGENCE)
  private double maxJsDivergence;

  /** Fail the build when the comparison misses maxJsDivergence (after writing it); false only warns. */
  @Parameter(property = PropertyNames.POSTERIOR_FAIL_ON_GATE, defaultValue = FailOnGate.DEFAULT)
  private boolean failOnGate;

  /** RMF solver settings for the solver backend. */
  @Parameter
  private SolverConfiguration solver;

  /** Meson and nucleon masses for the solver backend, MeV. */
  @Parameter
  private ConstantsConfiguration constants;

  /** The current session, for the repository system. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Component
  private RepositorySystem repositorySystem;

  @Override
  boolean skipGoal() {
    return skipPosterior;
  }

  @Override
  String goalName() {
    return PosteriorConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() throws MojoExecutionException {
    PosteriorConfiguration c = new PosteriorConfiguration().name(name).backend(backend).emulator(emulator())
        .constraints(PomLists.map(constraints, ConstraintConfiguration::toEntry))
        .gaussianPriors(PomLists.map(gaussianPriors, GaussianPriorConfiguration::toEntry))
        .modelErrors(PomLists.map(modelErrors, ModelErrorConfiguration::toEntry))
        .sampler(walkers, burnIn, maxSteps, thin).differentialEvolutionFraction(differentialEvolutionFraction)
        .stopRule(minEss, rHatTarget, tauFactor, checkInterval).seed(seed).admissibilityGate(admissibilityGate)
        .allowExtrapolation(allowExtrapolation)
        .emulatorUncertainty(emulatorUncertainty)
        .outputDirectory(outputDirectory.toPath())
        .compareWith(compareWith == null ? null : compareWith.toPath(), maxJsDivergence).failOnGate(failOnGate);
    if (priorBox != null) {
      c.priorBox(priorBox.toBox());
    }
    if (solver != null) {
      c.solver(solver.toSettings());
    }
    return constants == null ? c : c.constants(constants.toConstants());
  }

  /** The emulator: resolved from its Maven coordinates when given, else the directory. */
  private Path emulator() throws MojoExecutionException {
    if (emulatorArtifact == null || emulatorArtifact.isBlank()) {
      return emulatorDirectory.toPath();
    }
    Path zip = ArtifactCoordinates.parse("emulatorArtifact", emulatorArtifact, ArtifactCoordinates.EMULATOR_CLASSIFIER)
        .resolve(PosteriorConfiguration.GOAL, repositorySystem, session.getRepositorySession(),
            project().getRemoteProjectRepositories());
    getLog().info("nml:" + PosteriorConfiguration.GOAL + " uses emulator " + emulatorArtifact + " (" + zip + ")");
    return zip;
  }
}
