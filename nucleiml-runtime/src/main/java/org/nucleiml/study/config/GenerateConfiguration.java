package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cluster.Engine;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Range;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.Threshold;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.study.GenerateStep;
import org.nucleiml.study.SlurmGeneration;

/**
 * Configuration of the generate step (nml:generate, {@code nml generate}): labelled RMF training data
 * (mode {@code samples}), or one coupling set over every nucleus of a data set with the radial
 * density profiles (mode {@code chart}, docs/chart.md).
 */
public final class GenerateConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "generate";
  /** Default number of NMP sets. */
  public static final String DEFAULT_SAMPLES = "2000";
  /** Default study seed (every step of a study shares it). */
  public static final String DEFAULT_SEED = "42";
  /** Default sampling design. */
  public static final String DEFAULT_DESIGN = "uniform";
  /** Default nuclei: the study's five training nuclei. */
  public static final String DEFAULT_NUCLEI = "16O,40Ca,48Ca,132Sn,208Pb";
  /** Default threshold mode. */
  public static final String DEFAULT_THRESHOLD_MODE = "relative";
  /** Default admissibility threshold (a fraction in relative mode). */
  public static final String DEFAULT_THRESHOLD = "0.2";
  /** Default relative Rch threshold of absolute mode. */
  public static final String DEFAULT_RADIUS_RELATIVE_THRESHOLD = "0.2";
  /** Default NMP sets per resumable chunk. */
  public static final String DEFAULT_CHUNK_SIZE = "" + GenerationConfig.DEFAULT_CHUNK_SIZE;
  /** Default seconds between progress lines. */
  public static final String DEFAULT_PROGRESS_INTERVAL_SECONDS = "10";
  /** Default mode: sampled NMP sets for a few nuclei. */
  public static final String DEFAULT_MODE = "samples";
  /** Default coupling set of chart mode. */
  public static final String DEFAULT_COUPLING_SET = "NL3";
  /** Default mesh step of chart mode, fm: the densities' radii are r_k = 0.1 k fm. */
  public static final String DEFAULT_MESH_STEP_FM = "0.1";
  /** Default box radius of chart mode, fm (150 radii at the default step). */
  public static final String DEFAULT_BOX_RADIUS_FM = "15";
  /** Default Dirac components of the densities in chart mode. */
  public static final String DEFAULT_DENSITY_COMPONENTS = "BOTH";

  private long samples = Long.parseLong(DEFAULT_SAMPLES);
  private long seed = Long.parseLong(DEFAULT_SEED);
  private String design = DEFAULT_DESIGN;
  private ParameterBox box = ParameterBox.STUDY;
  private String nuclei = DEFAULT_NUCLEI;
  private String thresholdMode = DEFAULT_THRESHOLD_MODE;
  private double threshold = Double.parseDouble(DEFAULT_THRESHOLD);
  private double radiusRelativeThreshold = Double.parseDouble(DEFAULT_RADIUS_RELATIVE_THRESHOLD);
  private int shard;
  private int shards = 1;
  private boolean merge;
  private Path mergeFrom;
  private int chunkSize = Integer.parseInt(DEFAULT_CHUNK_SIZE);
  private int progressIntervalSeconds = Integer.parseInt(DEFAULT_PROGRESS_INTERVAL_SECONDS);
  private SolverSettings solver = SolverSettings.DEFAULT;
  private ModelConstants constants = ModelConstants.STUDY;
  private Path outputDirectory;
  private Engine engine = Engine.LOCAL;
  private String mode = DEFAULT_MODE;
  private String couplingSet = DEFAULT_COUPLING_SET;
  private String couplings;
  private Path nucleiFrom;
  private double meshStepFm = Double.parseDouble(DEFAULT_MESH_STEP_FM);
  private double boxRadiusFm = Double.parseDouble(DEFAULT_BOX_RADIUS_FM);
  private String densityComponents = DEFAULT_DENSITY_COMPONENTS;
  private final List<String> gates = new ArrayList<>();
  private boolean failOnGate = Boolean.parseBoolean(FailOnGate.DEFAULT);

  @Override
  public String goal() {
    return GOAL;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    if (ChartMode.isChart(mode)) {
      if (engine.slurm() || merge || shards != 1) {
        throw new InvalidParameterException(engine.slurm() ? "engine" : merge ? "merge" : "shards",
            engine.slurm() ? "slurm" : merge ? "true" : shards, "local, no merge and 1 shard in mode chart");
      }
      GateFailedException failure = chart().step(outputDirectory, chunkSize, context.info(),
          Duration.ofSeconds(Math.max(1, progressIntervalSeconds))).run(context.threads(), context.cache());
      if (failure != null) {
        FailOnGate.apply(failOnGate, failure, context.warn());
      }
      return;
    }
    if (!gates.isEmpty()) {
      throw new InvalidParameterException("chartGates", gates, "no gates in mode samples (gates belong to mode chart)");
    }
    GenerateStep step = step(context);
    if (engine.slurm()) {
      if (merge || shard != 0) {
        throw new InvalidParameterException(merge ? "merge" : "shard", merge ? "true" : shard,
            "no merge and shard 0 with engine slurm: the array runs every shard and the merge itself");
      }
      new SlurmGeneration(step, shards, outputDirectory, engine.directory(outputDirectory, GOAL), arguments(),
          engine.options(), context.cache(), context.info()).run();
    } else if (merge) {
      step.merge(mergeFrom == null ? outputDirectory : mergeFrom);
    } else {
      step.generate(context.cache());
    }
  }

  /** The chart-mode settings (validated when the step is built). */
  ChartMode chart() {
    return new ChartMode(couplingSet, couplings, constants, nucleiFrom, solver, meshStepFm, boxRadiusFm,
        densityComponents, gates);
  }

  /** The validated step. */
  GenerateStep step(StepContext context) {
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "the directory for samples.csv");
    }
    GenerationConfig config = new GenerationConfig(box, SamplingDesign.parse(design), samples, seed,
        NucleusList.parse("nuclei", nuclei), threshold(), context.threads(), shard, shards, chunkSize,
        outputDirectory);
    ExperimentalValues experiment = ExperimentalValues.standard();
    return new GenerateStep(config, new RmfSampleEvaluator(solver, constants), experiment::reference,
        context.info(), Duration.ofSeconds(Math.max(1, progressIntervalSeconds)));
  }

  /**
   * The {@code nml generate} options that reproduce this configuration's data (everything its
   * fingerprint depends on, written out in full), for a Slurm task; shard, threads, merge and output
   * are the engine's to add. A task whose options reproduced anything else would write a shard whose
   * fingerprint differs from the one the engine checks, and the build would fail naming that task.
   */
  List<String> arguments() {
    List<String> a = new ArrayList<>(List.of("--samples", Long.toString(samples), "--seed", Long.toString(seed),
        "--design", SamplingDesign.parse(design).id(), "--nuclei",
        String.join(",", NucleusList.parse("nuclei", nuclei).stream().map(Nucleus::name).toList())));
    for (Range r : box.ranges()) {
      a.add("--box");
      a.add(r.name() + "=" + r.min() + ":" + r.max());
    }
    Threshold t = threshold();
    if (t.mode() == Threshold.Mode.ABSOLUTE) {
      a.add("--absolute");
    }
    a.addAll(List.of("--threshold", Double.toString(t.value()), "--radius-threshold",
        Double.toString(radiusRelativeThreshold), "--chunk-size", Integer.toString(chunkSize)));
    a.add("--solver");
    a.add(String.join(",", SolverEntry.of(solver).words()));
    a.add("--constants");
    a.add(String.join(",", ConstantsEntry.of(constants).words()));
    return a;
  }

  private Threshold threshold() {
    return switch (thresholdMode == null ? "" : thresholdMode.trim().toLowerCase(Locale.ROOT)) {
      case "relative" -> Threshold.relative(threshold);
      case "absolute" -> Threshold.absolute(threshold, radiusRelativeThreshold);
      default -> throw new InvalidParameterException("thresholdMode", thresholdMode, "relative or absolute");
    };
  }

  /** NMP sets of the whole run (all shards together). */
  public GenerateConfiguration samples(long value) {
    samples = value;
    return this;
  }

  /** Study seed: set i is drawn from a generator derived from (seed, i). */
  public GenerateConfiguration seed(long value) {
    seed = value;
    return this;
  }

  /** uniform, latin-hypercube or sobol. */
  public GenerateConfiguration design(String value) {
    design = value;
    return this;
  }

  /** The NMP box (default: the study's Table 1). */
  public GenerateConfiguration box(ParameterBox value) {
    box = Objects.requireNonNull(value, "box");
    return this;
  }

  /** Nuclei solved for every set, comma- or space-separated. */
  public GenerateConfiguration nuclei(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException("nuclei", "an empty list", "nuclei such as 16O,40Ca,208Pb");
    }
    nuclei = value;
    return this;
  }

  /** relative (fraction of experiment) or absolute (MeV on BE). */
  public GenerateConfiguration thresholdMode(String value) {
    thresholdMode = value;
    return this;
  }

  /** A fraction (relative mode) or MeV (absolute mode). */
  public GenerateConfiguration threshold(double value) {
    threshold = value;
    return this;
  }

  /** Relative Rch threshold of absolute mode. */
  public GenerateConfiguration radiusRelativeThreshold(double value) {
    radiusRelativeThreshold = value;
    return this;
  }

  /** This run's shard of {@code count}. */
  public GenerateConfiguration shard(int index, int count) {
    shard = index;
    shards = count;
    return this;
  }

  /** Merge the shard outputs found in {@code from} (null: the output directory) instead of generating. */
  public GenerateConfiguration merge(boolean value, Path from) {
    merge = value;
    mergeFrom = from;
    return this;
  }

  /** NMP sets per resumable chunk (part of the data's fingerprint). */
  public GenerateConfiguration chunkSize(int value) {
    chunkSize = value;
    return this;
  }

  /** Seconds between two progress lines. */
  public GenerateConfiguration progressIntervalSeconds(int value) {
    progressIntervalSeconds = value;
    return this;
  }

  /** RMF solver settings. */
  public GenerateConfiguration solver(SolverSettings value) {
    solver = Objects.requireNonNull(value, "solver");
    return this;
  }

  /** Meson and nucleon masses. */
  public GenerateConfiguration constants(ModelConstants value) {
    constants = Objects.requireNonNull(value, "constants");
    return this;
  }

  /** {@code local} (this machine, default) or {@code slurm} (a job array of {@code shards} tasks and a merge job). */
  public GenerateConfiguration engine(Engine value) {
    engine = Objects.requireNonNull(value, "engine");
    return this;
  }

  /** {@code samples} (sampled NMP sets, samples.csv; also for null) or {@code chart} (one coupling set, every nucleus). */
  public GenerateConfiguration mode(String value) {
    String m = value == null ? DEFAULT_MODE : value;
    ChartMode.isChart(m);
    mode = m;
    return this;
  }

  /** Chart mode: the name of a bundled reference set (NL3, FSUGold, TM1, ...). */
  public GenerateConfiguration couplingSet(String value) {
    couplingSet = value;
    return this;
  }

  /**
   * Chart mode: explicit couplings {@code g_sigma=..,g_omega=..,g_rho=..,A_MeV=..,B=..,C=..,Lambda_v=..}
   * (all seven; with the {@code constants}) instead of a named set; null or blank for the named set.
   */
  public GenerateConfiguration couplings(String value) {
    couplings = value;
    return this;
  }

  /** Chart mode: the nuclei.csv of nml:dataset whose nuclei are solved. */
  public GenerateConfiguration nucleiFrom(Path value) {
    nucleiFrom = value;
    return this;
  }

  /** Chart mode: mesh step, fm (replaces the solver's). */
  public GenerateConfiguration meshStepFm(double value) {
    meshStepFm = value;
    return this;
  }

  /** Chart mode: box radius, fm, > 0 (replaces the solver's). */
  public GenerateConfiguration boxRadiusFm(double value) {
    boxRadiusFm = value;
    return this;
  }

  /** Chart mode: BOTH or UPPER_ONLY. */
  public GenerateConfiguration densityComponents(String value) {
    densityComponents = value;
    return this;
  }

  /** Chart mode: adds a gate such as {@code maxRmsMeV[NL3@converged]=10}. */
  public GenerateConfiguration gate(String value) {
    if (value != null && !value.isBlank()) {
      gates.add(value.trim());
    }
    return this;
  }

  /** Whether a missed gate fails the run (otherwise it warns). */
  public GenerateConfiguration failOnGate(boolean value) {
    failOnGate = value;
    return this;
  }

  /** Where samples.csv and dataset.json go. */
  public GenerateConfiguration outputDirectory(Path value) {
    outputDirectory = value;
    return this;
  }
}
