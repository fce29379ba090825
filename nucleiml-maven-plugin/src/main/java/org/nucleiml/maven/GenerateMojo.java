package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.cluster.Engine;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.GenerateConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Generates labelled RMF training data (samples.csv, dataset.json) for sampled nuclear-matter
 * parameters: reproducible, parallel, resumable, shardable. With {@code mode = chart}: one coupling
 * set over every nucleus of a data set, with the radial density profiles (chart.csv, densities.bin,
 * densities.json) and gates on the solver's accuracy.
 */
@Mojo(name = GenerateConfiguration.GOAL, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractEngineMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
  private boolean skipGenerate;

  /** Number of NMP sets of the whole run (all shards together). */
  @Parameter(property = PropertyNames.GENERATE_SAMPLES, defaultValue = GenerateConfiguration.DEFAULT_SAMPLES)
  private long samples;

  /** Study seed: set i is drawn from a generator derived from (seed, i). */
  @Parameter(property = PropertyNames.SEED, defaultValue = GenerateConfiguration.DEFAULT_SEED)
  private long seed;

  /** Sampling design: uniform, latin-hypercube or sobol. */
  @Parameter(property = PropertyNames.GENERATE_DESIGN, defaultValue = GenerateConfiguration.DEFAULT_DESIGN)
  private String design;

  /** NMP box; parameters left out keep the study's Table 1 ranges. */
  @Parameter
  private BoxConfiguration box;

  /** Nuclei solved for every set, comma-separated (e.g. 16O,40Ca,48Ca,132Sn,208Pb). */
  @Parameter(property = PropertyNames.GENERATE_NUCLEI, defaultValue = GenerateConfiguration.DEFAULT_NUCLEI)
  private String nuclei;

  /** Threshold mode: relative (fraction of experiment) or absolute (MeV on BE). */
  @Parameter(property = PropertyNames.GENERATE_THRESHOLD_MODE, defaultValue = GenerateConfiguration.DEFAULT_THRESHOLD_MODE)
  private String thresholdMode;

  /** Admissibility threshold: a fraction (relative mode, default 0.2) or MeV (absolute mode). */
  @Parameter(property = PropertyNames.GENERATE_THRESHOLD, defaultValue = GenerateConfiguration.DEFAULT_THRESHOLD)
  private double threshold;

  /** Relative Rch threshold used in absolute mode. */
  @Parameter(property = PropertyNames.GENERATE_RADIUS_RELATIVE_THRESHOLD, defaultValue = GenerateConfiguration.DEFAULT_RADIUS_RELATIVE_THRESHOLD)
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
  @Parameter(property = PropertyNames.GENERATE_MERGE_FROM)
  private File mergeFrom;

  /** NMP sets per resumable chunk (part of the data's fingerprint). */
  @Parameter(property = PropertyNames.GENERATE_CHUNK_SIZE, defaultValue = GenerateConfiguration.DEFAULT_CHUNK_SIZE)
  private int chunkSize;

  /** Seconds between two progress lines. */
  @Parameter(property = PropertyNames.GENERATE_PROGRESS_INTERVAL_SECONDS, defaultValue = GenerateConfiguration.DEFAULT_PROGRESS_INTERVAL_SECONDS)
  private int progressIntervalSeconds;

  /** RMF solver settings. */
  @Parameter
  private SolverConfiguration solver;

  /** Meson and nucleon masses, MeV. */
  @Parameter
  private ConstantsConfiguration constants;

  /**
   * Where the shards are computed: {@code local} (this machine) or {@code slurm} (a Slurm job array of
   * {@code shards} tasks running the runtime jar, then a merge job; docs/cluster.md).
   */
  @Parameter(property = PropertyNames.GENERATE_ENGINE, defaultValue = Engine.DEFAULT)
  private String engine;

  /** {@code samples} (sampled NMP sets, samples.csv) or {@code chart} (one coupling set over every nucleus of nucleiFrom). */
  @Parameter(property = PropertyNames.GENERATE_MODE, defaultValue = GenerateConfiguration.DEFAULT_MODE)
  private String mode;

  /** Chart mode: a bundled reference set (NL3, FSUGold, TM1, IUFSU, NL1, NLSH, NL3*, ...). */
  @Parameter(property = PropertyNames.GENERATE_COUPLING_SET, defaultValue = GenerateConfiguration.DEFAULT_COUPLING_SET)
  private String couplingSet;

  /**
   * Chart mode: explicit couplings {@code g_sigma=..,g_omega=..,g_rho=..,A_MeV=..,B=..,C=..,Lambda_v=..}
   * (with the {@code constants}) instead of couplingSet.
   */
  @Parameter(property = PropertyNames.GENERATE_COUPLINGS)
  private String couplings;

  /** Chart mode: the nuclei.csv of nml:dataset whose nuclei are solved. */
  @Parameter(property = PropertyNames.GENERATE_NUCLEI_FROM)
  private File nucleiFrom;

  /** Chart mode: mesh step, fm; the densities' radii are r_k = k * meshStepFm up to boxRadiusFm. */
  @Parameter(property = PropertyNames.GENERATE_MESH_STEP_FM, defaultValue = GenerateConfiguration.DEFAULT_MESH_STEP_FM)
  private double meshStepFm;

  /** Chart mode: box radius, fm (the same for every nucleus). */
  @Parameter(property = PropertyNames.GENERATE_BOX_RADIUS_FM, defaultValue = GenerateConfiguration.DEFAULT_BOX_RADIUS_FM)
  private double boxRadiusFm;

  /** Chart mode: BOTH (relativistic densities) or UPPER_ONLY (the upper Dirac component only). */
  @Parameter(property = PropertyNames.GENERATE_DENSITY_COMPONENTS,
      defaultValue = GenerateConfiguration.DEFAULT_DENSITY_COMPONENTS)
  private String densityComponents;

  /**
   * Chart mode gates: {@code <chartGate>minConvergedFraction[chart]=0.9</chartGate>},
   * {@code maxRmsMeV[NL3@converged]=10} (BE vs AME2020), {@code maxRchRmsFm[NL3@radii]=0.04}. Not named
   * {@code gates}: a plugin-level {@code <gates>} block of nml:validate would then configure this goal too.
   */
  @Parameter
  private List<String> chartGates;

  /** Fail the build when a chart gate is missed (after the outputs are written); false only warns. */
  @Parameter(property = PropertyNames.GENERATE_FAIL_ON_GATE, defaultValue = FailOnGate.DEFAULT)
  private boolean failOnGate;

  /** Where samples.csv and dataset.json are written. */
  @Parameter(property = PropertyNames.GENERATE_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/data")
  private File outputDirectory;

  /**
   * Scripts, logs, staged jars and piece outputs of the Slurm engine, on a file system the nodes share
   * (default: {@code <outputDirectory>/../slurm/generate}).
   */
  @Parameter(property = PropertyNames.GENERATE_SLURM_DIRECTORY)
  private File slurmDirectory;

  @Override
  File slurmDirectory() {
    return slurmDirectory;
  }

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  String goalName() {
    return GenerateConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    GenerateConfiguration c = new GenerateConfiguration().samples(samples).seed(seed).design(design).nuclei(nuclei)
        .thresholdMode(thresholdMode).threshold(threshold).radiusRelativeThreshold(radiusRelativeThreshold)
        .shard(shard, shards).merge(merge, mergeFrom == null ? null : mergeFrom.toPath()).chunkSize(chunkSize)
        .progressIntervalSeconds(progressIntervalSeconds).outputDirectory(outputDirectory.toPath())
        .engine(engine(engine)).mode(mode).couplingSet(couplingSet).couplings(couplings)
        .nucleiFrom(nucleiFrom == null ? null : nucleiFrom.toPath()).meshStepFm(meshStepFm).boxRadiusFm(boxRadiusFm)
        .densityComponents(densityComponents).failOnGate(failOnGate);
    if (chartGates != null) {
      chartGates.forEach(c::gate);
    }
    if (box != null) {
      c.box(box.toBox());
    }
    if (solver != null) {
      c.solver(solver.toSettings());
    }
    return constants == null ? c : c.constants(constants.toConstants());
  }
}
