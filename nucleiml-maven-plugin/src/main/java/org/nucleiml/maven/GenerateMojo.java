package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.Threshold;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.GenerateStep;

/**
 * Generates labelled RMF training data (samples.csv, dataset.json) for sampled nuclear-matter
 * parameters: reproducible, parallel, resumable, shardable.
 */
@Mojo(name = GenerateMojo.GOAL, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractNmlMojo {

  static final String GOAL = "generate";

  /** Number of NMP sets of the whole run (all shards together). */
  @Parameter(property = PropertyNames.GENERATE_SAMPLES, defaultValue = "2000")
  private long samples;

  /** Study seed: set i is drawn from a generator derived from (seed, i). */
  @Parameter(property = PropertyNames.SEED, defaultValue = "42")
  private long seed;

  /** Sampling design: uniform, latin-hypercube or sobol. */
  @Parameter(property = PropertyNames.GENERATE_DESIGN, defaultValue = "uniform")
  private String design;

  /** NMP box; parameters left out keep the study's Table 1 ranges. */
  @Parameter
  private BoxConfiguration box;

  /** Nuclei solved for every set, comma-separated (e.g. 16O,40Ca,48Ca,132Sn,208Pb). */
  @Parameter(property = PropertyNames.GENERATE_NUCLEI, defaultValue = "16O,40Ca,48Ca,132Sn,208Pb")
  private String nuclei;

  /** Threshold mode: relative (fraction of experiment) or absolute (MeV on BE). */
  @Parameter(defaultValue = "relative")
  private String thresholdMode;

  /** Admissibility threshold: a fraction (relative mode, default 0.2) or MeV (absolute mode). */
  @Parameter(defaultValue = "0.2")
  private double threshold;

  /** Relative Rch threshold used in absolute mode. */
  @Parameter(defaultValue = "0.2")
  private double radiusRelativeThreshold;

  /** This run's shard, in [0, shards). */
  @Parameter(property = PropertyNames.GENERATE_SHARD, defaultValue = "0")
  private int shard;

  /** Number of shards the run is split into (1: no sharding). */
  @Parameter(property = PropertyNames.GENERATE_SHARDS, defaultValue = "1")
  private int shards;

  /** Merge the shard outputs found in mergeFrom into samples.csv instead of generating. */
  @Parameter(property = PropertyNames.GENERATE_MERGE, defaultValue = "false")
  private boolean merge;

  /** Directory holding the shard outputs to merge (default: the output directory). */
  @Parameter
  private File mergeFrom;

  /** NMP sets per resumable chunk (part of the data's fingerprint). */
  @Parameter(defaultValue = "25")
  private int chunkSize;

  /** Seconds between two progress lines. */
  @Parameter(defaultValue = "10")
  private int progressIntervalSeconds;

  /** RMF solver settings. */
  @Parameter
  private SolverConfiguration solver;

  /** Meson and nucleon masses, MeV. */
  @Parameter
  private ConstantsConfiguration constants;

  /** Where samples.csv and dataset.json are written. */
  @Parameter(defaultValue = "${project.build.directory}/nml/data")
  private File outputDirectory;

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws IOException, InterruptedException {
    GenerationConfig config = new GenerationConfig(
        box == null ? org.nucleiml.data.ParameterBox.STUDY : box.toBox(),
        SamplingDesign.parse(design), samples, seed, parseNuclei(), threshold(), threads(), shard,
        shards, chunkSize, outputDirectory.toPath());
    ModelConstants masses = constants == null ? ModelConstants.STUDY : constants.toConstants();
    RmfSampleEvaluator evaluator = new RmfSampleEvaluator(
        (solver == null ? new SolverConfiguration() : solver).toSettings(), masses);
    ExperimentalValues experiment = ExperimentalValues.standard();
    GenerateStep step = new GenerateStep(config, evaluator, experiment::reference,
        getLog()::info, Duration.ofSeconds(Math.max(1, progressIntervalSeconds)));
    if (merge) {
      step.merge((mergeFrom == null ? outputDirectory : mergeFrom).toPath());
    } else {
      step.generate(buildCache());
    }
  }

  private List<Nucleus> parseNuclei() {
    if (nuclei == null || nuclei.isBlank()) {
      throw new InvalidParameterException("nuclei", "an empty list", "nuclei such as 16O,40Ca,208Pb");
    }
    return Nucleus.parseList("nuclei", nuclei);
  }

  private Threshold threshold() {
    return switch (thresholdMode == null ? "" : thresholdMode.trim()) {
      case "relative" -> Threshold.relative(checkedThreshold());
      case "absolute" -> Threshold.absolute(checkedThreshold(), radiusRelativeThreshold);
      default -> throw new InvalidParameterException("thresholdMode", thresholdMode, "relative or absolute");
    };
  }

  private double checkedThreshold() {
    if (!(threshold > 0)) {
      throw new InvalidParameterException("threshold", threshold, "a number > 0");
    }
    return threshold;
  }
}
