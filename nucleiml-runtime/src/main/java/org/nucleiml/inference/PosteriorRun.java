package org.nucleiml.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.StandardNormal;
import org.nucleiml.files.RunInfo;
import org.nucleiml.inference.mcmc.Chain;
import org.nucleiml.inference.mcmc.Diagnostics;
import org.nucleiml.inference.mcmc.EnsembleSampler;
import org.nucleiml.inference.mcmc.ImportanceSampler;
import org.nucleiml.inference.mcmc.StopDecision;
import org.nucleiml.inference.mcmc.MoveMixture;

/**
 * Runs one posterior: initialise the walkers, burn in, then sample in blocks until the stop rule
 * holds or the step cap is reached. The entry point the {@code nml:posterior} goal and the CLI call.
 */
public final class PosteriorRun {

  private final PosteriorConfig config;
  private final ModelBackend backend;
  private final RunProgress progress;

  private PosteriorRun(PosteriorConfig config, ModelBackend backend, Consumer<String> log) {
    this.config = config;
    this.backend = backend;
    this.progress = new RunProgress(config, log);
  }

  /**
   * Samples the posterior of {@code config} with {@code backend}.
   *
   * @param log receives progress lines, at most one every few seconds, and a final line
   * @throws org.nucleiml.inference.mcmc.NoFiniteStartException when no walker start of finite posterior is found
   */
  public static PosteriorResult run(PosteriorConfig config, ModelBackend backend, Consumer<String> log) {
    checkDomain(config, backend, log);
    checkUncertainty(config, backend);
    return new PosteriorRun(config, backend, log).run();
  }

  /**
   * Refuses a run that would use the model outside its domain, unless the configuration opts in to
   * extrapolation (then each place is logged as a warning, and posterior.json records the opt-in).
   *
   * @throws InvalidParameterException naming the constraints or prior and the emulator's domain
   */
  public static void checkDomain(PosteriorConfig config, ModelBackend backend, Consumer<String> log) {
    List<String> outside = backend.outsideDomain(config.constraints().stream().map(Constraint::target).toList(),
        config.prior());
    if (outside.isEmpty()) {
      return;
    }
    if (!config.allowExtrapolation()) {
      throw new InvalidParameterException("constraints / prior", String.join("; ", outside),
          "nuclei and prior ranges inside what the " + backend.name() + " was trained on (train it on those "
          + "nuclei and that box, narrow the prior, or set allowExtrapolation to accept an extrapolating "
          + "model; the opt-in is recorded in posterior.json)");
    }
    outside.forEach(o -> log.accept("WARNING: posterior " + config.name() + " extrapolates the " + backend.name()
        + " (allowExtrapolation): " + o));
  }

  /**
   * Refuses emulatorUncertainty with a model that gives no uncertainty (the solver, or an emulator of
   * one network).
   *
   * @throws InvalidParameterException naming emulatorUncertainty and what it needs
   */
  public static void checkUncertainty(PosteriorConfig config, ModelBackend backend) {
    if (config.emulatorUncertainty() && !backend.predictsUncertainty()) {
      throw new InvalidParameterException("emulatorUncertainty", true, "false for the " + backend.name()
          + ", which gives no uncertainty; true needs an emulator trained with ensembleSize >= 2");
    }
  }

  /** Runs and writes the outputs to {@code directory} (chain.csv, posterior.json, plots). */
  public static PosteriorResult runAndWrite(PosteriorConfig config, ModelBackend backend, Path directory,
      Consumer<String> log) throws IOException {
    RunInfo runInfo = RunInfo.start("posterior", config.threads());
    PosteriorResult result = run(config, backend, log);
    PosteriorFiles.write(result, directory);
    runInfo.put("backend", backend.name()).put("model_evaluations", result.modelEvaluations())
        .put("sampling_wall_time_s", result.wallSeconds())
        .put("evaluations_per_second", result.evaluationsPerSecond()).put("output", directory).write(directory);
    log.accept("posterior " + config.name() + ": wrote " + directory);
    return result;
  }

  private PosteriorResult run() {
    if (config.importance() != null) {
      return importanceSample();
    }
    long start = System.nanoTime();
    GaussianLikelihood likelihood = new GaussianLikelihood(config.constraints(), config.modelErrors());
    PosteriorDensity density = new PosteriorDensity(config.prior(), likelihood, backend,
        config.effectiveThreshold(), config.walkers(), config.emulatorUncertainty());
    Chain chain = new Chain(config.walkers(), config.prior().dimension());
    try (EnsembleSampler sampler = new EnsembleSampler(density, config.walkers(), config.seed(),
        config.threads(), MoveMixture.stretchAndDifferentialEvolution(config.differentialEvolutionFraction(),
        config.prior().dimension()))) {
      sampler.initialise(startDraw(), config.maxInitialDraws());
      burnIn(sampler, density);
      long samplerStepsBefore = sampler.steps();
      Check last = sample(sampler, density, chain);
      double seconds = (System.nanoTime() - start) / 1e9;
      PosteriorResult result = new PosteriorResult(config, backend.name(), chain,
          PosteriorSummary.of(config.prior().names(), chain.points()), last.diagnostics(), last.decision(),
          sampler.acceptanceFraction(), sampler.steps() - samplerStepsBefore,
          density.modelEvaluations(), seconds);
      progress.finished(result);
      return result;
    }
  }

  /** Points per evaluation call when reweighting: as many walker states as the sampler's ensemble. */
  private static final int IMPORTANCE_BLOCK = 64;

  /**
   * Reweights the proposal's draws to this run's posterior instead of sampling a chain. The ESS of
   * each parameter is the weights' efficiency (Kish ESS / draws) times the independent draws among
   * them, min(draws, the proposal's ESS): draws spread over a chain are no more independent than the
   * chain, and the weights cost the same fraction of them. "Converged" means every ESS reaches minEss.
   */
  private PosteriorResult importanceSample() {
    long start = System.nanoTime();
    List<String> names = config.prior().names();
    ProposalChain proposal;
    try {
      proposal = ProposalChain.read(config.importance().proposal(), config.importance().draws(), names);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the proposal " + config.importance().proposal(), e);
    }
    proposal.requirePrior(new ObjectMapper().valueToTree(PosteriorSettingsJson.prior(config.prior())));
    GaussianLikelihood likelihood = new GaussianLikelihood(config.constraints(), config.modelErrors());
    PosteriorDensity density = new PosteriorDensity(config.prior(), likelihood, backend,
        config.effectiveThreshold(), IMPORTANCE_BLOCK, config.emulatorUncertainty());
    int draws = proposal.points().length;
    ImportanceSampler.Result weights = ImportanceSampler.run(density, proposal.points(), proposal.logPosterior(),
        config.seed(), config.threads(), IMPORTANCE_BLOCK, done -> progress.reweighting(done, draws));
    Chain chain = new Chain(1, names.size());
    for (int i : weights.resampled()) {
      chain.append(new double[][] {proposal.points()[i]}, new double[] {weights.logTarget()[i]});
    }
    double[] ess = new double[names.size()];
    double[] undefined = new double[names.size()];
    Arrays.fill(undefined, Double.NaN);
    List<String> failing = new ArrayList<>();
    for (int p = 0; p < ess.length; p++) {
      double independent = Double.isNaN(proposal.ess()[p]) ? draws : Math.min(draws, proposal.ess()[p]);
      ess[p] = weights.kishEss() / draws * independent;
      if (ess[p] < config.stopRule().minEss()) {
        failing.add(String.format(Locale.ROOT, "%s: importance ESS %.0f < %.0f", names.get(p), ess[p],
            config.stopRule().minEss()));
      }
    }
    ImportanceSummary summary = new ImportanceSummary(proposal.name(), proposal.backend(), proposal.chainSha256(),
        proposal.rows(), draws, weights.finite(), weights.kishEss(), weights.maxWeight());
    PosteriorResult result = new PosteriorResult(config, backend.name(), chain,
        PosteriorSummary.of(names, chain.points()), new Diagnostics(0, undefined, ess, undefined.clone()),
        new StopDecision(failing.isEmpty(), false, List.copyOf(failing)), Double.NaN, 0,
        density.modelEvaluations(), (System.nanoTime() - start) / 1e9, summary);
    progress.finished(result);
    return result;
  }

  private Function<SplittableRandom, double[]> startDraw() {
    Prior prior = config.prior();
    double[] centre = config.start();
    if (centre == null) {
      return prior::sample;
    }
    return r -> {
      double[] x = centre.clone();
      for (int i = 0; i < x.length; i++) {
        double[] range = prior.range(i);
        x[i] += config.startScale() * (range[1] - range[0]) * StandardNormal.draw(r);
      }
      return x;
    };
  }

  private void burnIn(EnsembleSampler sampler, PosteriorDensity density) {
    for (int t = 0; t < config.burnIn(); t++) {
      sampler.step();
      progress.burnIn(t + 1, density.modelEvaluations());
    }
  }

  /** The diagnostics of the last stop-rule check and its verdict. */
  private record Check(Diagnostics diagnostics, StopDecision decision) {}

  /** Samples until the stop rule holds or the cap; the last check is always at the final step. */
  private Check sample(EnsembleSampler sampler, PosteriorDensity density, Chain chain) {
    long maxSteps = config.stopRule().maxSteps();
    Check last = null;
    long nextCheck = config.checkInterval();
    for (long t = 1; t <= maxSteps; t++) {
      sampler.step();
      if (t % config.thin() == 0) {
        sampler.record(chain);
      }
      if ((t >= nextCheck && chain.steps() >= 4) || t == maxSteps) {
        Diagnostics d = diagnose(chain);
        last = new Check(d, config.stopRule().decide(d, config.prior().names()));
        progress.checked(d);
        if (last.decision().stop()) {
          return last;
        }
        nextCheck = nextCheck(t, d);
      }
      progress.sampling(t, density.modelEvaluations());
    }
    return last;
  }

  /**
   * Checks grow with the chain (every 20% of it at least) and skip ahead to where the current tau says
   * the rule can first hold, so all checks' FFTs together cost a few final checks.
   */
  private long nextCheck(long t, Diagnostics d) {
    long next = t + Math.max(config.checkInterval(), t / 5);
    double left = config.stopRule().stepsLeft(d, config.walkers());
    return Double.isNaN(left) ? next : Math.max(next, t + (long) Math.ceil(left) + 1);
  }

  private Diagnostics diagnose(Chain chain) {
    if (chain.steps() < 4) {
      throw new InvalidParameterException("maxSteps, checkInterval and thin", chain.steps()
          + " recorded steps of posterior " + config.name(), "at least 4 recorded steps: raise maxSteps or checkInterval, or lower thin");
    }
    return Diagnostics.of(chain, config.thin(), config.rHatGroups());
  }

}
