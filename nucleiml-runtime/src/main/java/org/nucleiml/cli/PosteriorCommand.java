package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.config.ConstraintEntry;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.PosteriorConfiguration;
import org.nucleiml.study.config.PriorEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nml posterior}: the nml:posterior goal from the command line, options onto {@link PosteriorConfiguration}. */
@Command(name = PosteriorConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Sample the posterior of the NMPs with the emulator or the RMF solver; exit 3 when the comparison "
        + "gate is missed or no walker finds a start.")
public final class PosteriorCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--name", defaultValue = PosteriorConfiguration.DEFAULT_NAME, description = "The run's name.")
  private String name;

  @Option(names = "--backend", defaultValue = PosteriorConfiguration.DEFAULT_BACKEND, description = "emulator or solver.")
  private String backend;

  @Option(names = "--emulator", description = "The emulator directory or zip (emulator backend).")
  private Path emulator;

  @Option(names = "--output", required = true, description = "The directory holding one folder per named posterior.")
  private Path output;

  @Option(names = "--constraint", description = "NUCLEUS:OBSERVABLE[:RELATIVE_SIGMA], e.g. 40Ca:binding_energy:0.02; "
      + "default: BE and Rch of 40Ca and 208Pb at 2%%.")
  private List<String> constraints = List.of();

  @Option(names = "--box", split = ",", description = "Prior box ranges NAME=MIN:MAX; others keep Table 1.")
  private List<String> box = List.of();

  @Option(names = "--gaussian-prior", description = "NAME=MEAN:SD, truncated to the NMP's box range.")
  private List<String> gaussianPriors = List.of();

  @Option(names = "--walkers", defaultValue = PosteriorConfiguration.DEFAULT_WALKERS, description = "Ensemble size.")
  private int walkers;

  @Option(names = "--burn-in", defaultValue = PosteriorConfiguration.DEFAULT_BURN_IN, description = "Discarded steps.")
  private int burnIn;

  @Option(names = "--max-steps", defaultValue = PosteriorConfiguration.DEFAULT_MAX_STEPS, description = "Step cap.")
  private long maxSteps;

  @Option(names = "--thin", defaultValue = PosteriorConfiguration.DEFAULT_THIN, description = "Record every thin-th step.")
  private int thin;

  @Option(names = "--de-fraction", defaultValue = PosteriorConfiguration.DEFAULT_DE_FRACTION,
      description = "Share of differential-evolution proposals.")
  private double deFraction;

  @Option(names = "--min-ess", defaultValue = PosteriorConfiguration.DEFAULT_MIN_ESS, description = "Stop rule: ESS.")
  private double minEss;

  @Option(names = "--r-hat-target", defaultValue = PosteriorConfiguration.DEFAULT_R_HAT_TARGET,
      description = "Stop rule: split R-hat below this.")
  private double rHatTarget;

  @Option(names = "--tau-factor", defaultValue = PosteriorConfiguration.DEFAULT_TAU_FACTOR,
      description = "Stop rule: autocorrelation times.")
  private double tauFactor;

  @Option(names = "--check-interval", defaultValue = PosteriorConfiguration.DEFAULT_CHECK_INTERVAL,
      description = "Steps before the first stop-rule check.")
  private int checkInterval;

  @Option(names = "--seed", defaultValue = PosteriorConfiguration.DEFAULT_SEED, description = "Sampler seed.")
  private long seed;

  @Option(names = "--admissibility-gate", negatable = true, defaultValue = PosteriorConfiguration.DEFAULT_ADMISSIBILITY_GATE,
      fallbackValue = "true", description = "Zero likelihood for non-admissible points (default: ${DEFAULT-VALUE}).")
  private boolean admissibilityGate;

  @Option(names = "--allow-extrapolation", description = "Run even where the emulator is used outside its"
      + " training domain (untrained nuclei, a prior beyond its box); recorded in posterior.json.")
  private boolean allowExtrapolation;

  @Option(names = "--emulator-uncertainty", description = "Add the emulator ensemble's sigma to each constraint's"
      + " variance (sigma_data^2 + sigma_emulator^2); needs an emulator trained with --ensemble-size >= 2.")
  private boolean emulatorUncertainty;

  @Option(names = "--compare-with", description = "Another posterior's directory to compare with.")
  private Path compareWith;

  @Option(names = "--max-js-divergence", defaultValue = PosteriorConfiguration.DEFAULT_MAX_JS_DIVERGENCE,
      description = "The comparison's gate, bits per marginal.")
  private double maxJsDivergence;

  @Option(names = "--fail-on-gate", negatable = true, defaultValue = FailOnGate.DEFAULT, fallbackValue = "true",
      description = "Exit 3 when the comparison misses its gate (default: ${DEFAULT-VALUE}); otherwise only warn.")
  private boolean failOnGate;

  @Override
  public Integer call() throws Exception {
    return step.run(new PosteriorConfiguration().name(name).backend(backend).emulator(emulator).outputDirectory(output)
        .constraints(constraints()).priorBox(BoxOption.parse(box)).gaussianPriors(gaussianPriors())
        .sampler(walkers, burnIn, maxSteps, thin).differentialEvolutionFraction(deFraction)
        .stopRule(minEss, rHatTarget, tauFactor, checkInterval).seed(seed).admissibilityGate(admissibilityGate)
        .allowExtrapolation(allowExtrapolation)
        .emulatorUncertainty(emulatorUncertainty).compareWith(compareWith, maxJsDivergence).failOnGate(failOnGate));
  }

  private List<ConstraintEntry> constraints() {
    List<ConstraintEntry> list = new ArrayList<>();
    for (String c : constraints) {
      String[] p = c.split(":");
      if (p.length < 2 || p.length > 3) {
        throw new InvalidParameterException("--constraint", c, "NUCLEUS:OBSERVABLE[:RELATIVE_SIGMA]");
      }
      list.add(new ConstraintEntry(p[0], p[1], null, null, p.length == 3 ? number("--constraint", c, p[2]) : null));
    }
    return list;
  }

  private List<PriorEntry> gaussianPriors() {
    List<PriorEntry> list = new ArrayList<>();
    for (String g : gaussianPriors) {
      String[] p = g.split("[=:]");
      if (p.length != 3) {
        throw new InvalidParameterException("--gaussian-prior", g, "NAME=MEAN:SD, e.g. L0=50:10");
      }
      list.add(new PriorEntry(p[0].trim(), number("--gaussian-prior", g, p[1]), number("--gaussian-prior", g, p[2])));
    }
    return list;
  }

  private static double number(String option, String entry, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(option, entry, "numbers where numbers are expected");
    }
  }
}
