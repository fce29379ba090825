package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Range;
import org.nucleiml.data.Threshold;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.GaussianPrior;
import org.nucleiml.inference.ModelError;
import org.nucleiml.inference.ParameterPrior;
import org.nucleiml.inference.PosteriorComparison;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.UniformPrior;
import org.nucleiml.inference.backend.EmulatorBackend;
import org.nucleiml.inference.backend.SolverBackend;
import org.nucleiml.inference.backend.StudyBackend;
import org.nucleiml.inference.mcmc.StopRule;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.study.PosteriorComparisonStep;
import org.nucleiml.study.PosteriorStep;

/**
 * Samples the Bayesian posterior of the nuclear-matter parameters with the emulator or the RMF solver,
 * and optionally compares it with another posterior.
 */
@Mojo(name = PosteriorMojo.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PosteriorMojo extends AbstractNmlMojo {

  static final String GOAL = "posterior";

  /** The run's name, also its folder under outputDirectory (letters, digits, '.', '_', '-'). */
  @Parameter(property = PropertyNames.POSTERIOR_NAME, defaultValue = "emulator")
  private String name;

  /** The model: {@code emulator} (trained by nml:train) or {@code solver} (the RMF solver). */
  @Parameter(property = PropertyNames.POSTERIOR_BACKEND, defaultValue = "emulator")
  private String backend;

  /** The emulator directory (or zip) used when emulatorArtifact is not set. */
  @Parameter(defaultValue = "${project.build.directory}/nml/emulator")
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
  @Parameter(defaultValue = "64")
  private int walkers;

  /** Sampler steps run and discarded before recording. */
  @Parameter(defaultValue = "1000")
  private int burnIn;

  /**
   * Share of proposals made by the differential-evolution move (ter Braak 2006, emcee's DEMove), the
   * rest by the stretch move, in [0, 1]. The default 0.8 cut the autocorrelation time of the study's
   * posterior about fourfold; 0 is the paper's pure stretch move.
   */
  @Parameter(property = PropertyNames.POSTERIOR_DE_FRACTION, defaultValue = "0.8")
  private double differentialEvolutionFraction;

  /** Record every thin-th step. */
  @Parameter(defaultValue = "1")
  private int thin;

  /** Step cap after burn-in; the run stops there unconverged (posterior.json says so). */
  @Parameter(defaultValue = "20000")
  private long maxSteps;

  /** Stop rule: minimum effective sample size per NMP. */
  @Parameter(defaultValue = "2000")
  private double minEss;

  /** Stop rule: split R-hat must fall below this, > 1. */
  @Parameter(defaultValue = "1.01")
  private double rHatTarget;

  /** Stop rule: recorded steps must exceed this many autocorrelation times. */
  @Parameter(defaultValue = "50")
  private double tauFactor;

  /** Steps before the first stop-rule check, >= 10. */
  @Parameter(defaultValue = "500")
  private int checkInterval;

  /** Seed of every random draw of the sampler. */
  @Parameter(property = PropertyNames.SEED, defaultValue = "42")
  private long seed;

  /** Give non-admissible points (classifier probability < 0.5, or failed solves) zero likelihood. */
  @Parameter(defaultValue = "true")
  private boolean admissibilityGate;

  /**
   * Run even where the emulator would be used outside its training domain (constrained nuclei it was
   * not trained on, a prior reaching outside its training box); the build fails there otherwise. The
   * opt-in is recorded in posterior.json.
   */
  @Parameter(property = "nml.posterior.allowExtrapolation", defaultValue = "false")
  private boolean allowExtrapolation;

  /** The directory holding one folder per named posterior. */
  @Parameter(defaultValue = "${project.build.directory}/nml/posterior")
  private File outputDirectory;

  /** Another posterior's directory to compare with (comparison.json, corner-comparison.png). */
  @Parameter(property = PropertyNames.POSTERIOR_COMPARE_WITH)
  private File compareWith;

  /** The comparison's gate: the largest allowed Jensen-Shannon divergence per marginal, bits. */
  @Parameter(defaultValue = "0.05")
  private double maxJsDivergence;

  /** Fail the build when the comparison misses maxJsDivergence (after writing it); false only warns. */
  @Parameter(property = PropertyNames.POSTERIOR_FAIL_ON_GATE, defaultValue = "true")
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
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException, IOException, InterruptedException {
    PosteriorConfig config = config();
    Optional<PosteriorComparisonStep> comparison = compareWith == null ? Optional.empty()
        : Optional.of(new PosteriorComparisonStep(compareWith.toPath(), maxJsDivergence,
            PosteriorComparison.DEFAULT_BINS));
    PosteriorStep.Outcome outcome;
    try {
      outcome = new PosteriorStep(config, backend(), outputDirectory.toPath(), comparison, buildCache(),
          getLog()::info).run();
    } catch (IllegalStateException e) {
      // e.g. no walker found a start of finite posterior: the model and constraints do not fit
      throw new MojoFailureException("nml:" + GOAL + " failed: " + e.getMessage(), e);
    }
    if (outcome.comparison().isPresent() && !outcome.comparison().get().comparison().passed()) {
      String message = "nml:" + GOAL + " comparison with " + compareWith + " failed the maxJsDivergence gate:\n  "
          + String.join("\n  ", outcome.comparison().get().comparison().report());
      if (failOnGate) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message + "\n(not failing: " + PropertyNames.POSTERIOR_FAIL_ON_GATE + " is false)");
    }
  }

  private PosteriorConfig config() {
    return PosteriorConfig.builder(name).seed(seed).threads(threads()).walkers(walkers).burnIn(burnIn)
        .differentialEvolutionFraction(differentialEvolutionFraction).thin(thin).checkInterval(checkInterval).stopRule(stopRule()).prior(prior())
        .constraints(constraints()).modelErrors(modelErrors()).admissibilityGate(admissibilityGate)
        .allowExtrapolation(allowExtrapolation).build();
  }

  private StopRule stopRule() {
    if (!(rHatTarget > 1)) {
      throw new InvalidParameterException("rHatTarget", rHatTarget, "a number > 1");
    }
    return new StopRule(tauFactor, rHatTarget, minEss, maxSteps);
  }

  private ProductPrior prior() {
    ParameterBox box = priorBox == null ? ParameterBox.STUDY : priorBox.toBox();
    List<ParameterPrior> components = new ArrayList<>();
    for (String p : NuclearMatterParameters.NAMES) {
      Range r = box.range(p);
      components.add(new UniformPrior(r.min(), r.max()));
    }
    ProductPrior prior = new ProductPrior(NuclearMatterParameters.NAMES, components);
    List<GaussianPriorConfiguration> gaussians = gaussianPriors == null ? List.of() : gaussianPriors;
    for (int i = 0; i < gaussians.size(); i++) {
      prior = withGaussian(prior, box, gaussians.get(i), "gaussianPriors[" + i + "].");
    }
    return prior;
  }

  private static ProductPrior withGaussian(ProductPrior prior, ParameterBox box, GaussianPriorConfiguration g,
      String where) {
    if (g.parameter == null || !NuclearMatterParameters.NAMES.contains(g.parameter.trim())) {
      throw new InvalidParameterException(where + "parameter", g.parameter, "one of " + NuclearMatterParameters.NAMES);
    }
    if (g.mean == null || !Double.isFinite(g.mean)) {
      throw new InvalidParameterException(where + "mean", g.mean, "a finite number");
    }
    if (g.sd == null || !(g.sd > 0) || Double.isInfinite(g.sd)) {
      throw new InvalidParameterException(where + "sd", g.sd, "a finite number > 0");
    }
    Range r = box.range(g.parameter.trim());
    return prior.with(g.parameter.trim(), GaussianPrior.of(where + g.parameter.trim(), g.mean, g.sd, r.min(), r.max()));
  }

  private List<Constraint> constraints() {
    if (constraints == null || constraints.isEmpty()) {
      return Constraint.study();
    }
    List<Constraint> list = new ArrayList<>();
    for (int i = 0; i < constraints.size(); i++) {
      list.add(constraints.get(i).toConstraint(i));
    }
    return list;
  }

  private List<ModelError> modelErrors() {
    List<ModelError> list = new ArrayList<>();
    for (int i = 0; modelErrors != null && i < modelErrors.size(); i++) {
      list.add(modelErrors.get(i).toModelError(i));
    }
    return list;
  }

  private StudyBackend backend() throws IOException, MojoExecutionException {
    String kind = backend == null ? "" : backend.trim().toLowerCase(Locale.ROOT);
    if (kind.equals("solver")) {
      SolverSettings settings = solver == null ? SolverSettings.DEFAULT : solver.toSettings();
      ModelConstants masses = constants == null ? ModelConstants.STUDY : constants.toConstants();
      return new SolverBackend(settings, masses, Threshold.STUDY);
    }
    if (!kind.equals("emulator")) {
      throw new InvalidParameterException("backend", backend, "emulator or solver");
    }
    return EmulatorBackend.load(emulator());
  }

  private Path emulator() throws MojoExecutionException {
    if (emulatorArtifact != null && !emulatorArtifact.isBlank()) {
      Path zip = EmulatorCoordinates.parse(emulatorArtifact).resolve(repositorySystem,
          session.getRepositorySession(), project().getRemoteProjectRepositories());
      getLog().info("nml:" + GOAL + " uses emulator " + emulatorArtifact + " (" + zip + ")");
      return zip;
    }
    if (!Files.exists(emulatorDirectory.toPath())) {
      throw new InvalidParameterException("emulatorDirectory", emulatorDirectory,
          "an emulator written by nml:train (or set emulatorArtifact to its coordinates)");
    }
    return emulatorDirectory.toPath();
  }
}
