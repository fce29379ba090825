package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.study.config.ConstantsEntry;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.GenerateConfiguration;
import org.nucleiml.study.config.SolverEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml generate}: the nml:generate goal from the command line (for shards on machines without
 * Maven, and for tests that interrupt a run), mapping options onto {@link GenerateConfiguration}.
 */
@Command(name = GenerateConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Generate labelled RMF training data (samples.csv, dataset.json), or with --mode chart one"
        + " coupling set over every nucleus of a data set (chart.csv, densities.bin, densities.json).")
public final class GenerateCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Mixin private EngineOptions engine;

  @Option(names = "--samples", defaultValue = GenerateConfiguration.DEFAULT_SAMPLES,
      description = "NMP sets of the whole run (default: ${DEFAULT-VALUE}).")
  private long samples;

  @Option(names = "--seed", defaultValue = GenerateConfiguration.DEFAULT_SEED, description = "Study seed.")
  private long seed;

  @Option(names = "--design", defaultValue = GenerateConfiguration.DEFAULT_DESIGN,
      description = "uniform, latin-hypercube or sobol.")
  private String design;

  @Option(names = "--nuclei", defaultValue = GenerateConfiguration.DEFAULT_NUCLEI,
      description = "Nuclei solved for every set, comma-separated.")
  private String nuclei;

  @Option(names = "--box", split = ",", description = "Box ranges NAME=MIN:MAX, e.g. K0=200:250; others keep Table 1.")
  private List<String> box = List.of();

  @Option(names = "--threshold", defaultValue = GenerateConfiguration.DEFAULT_THRESHOLD,
      description = "Relative threshold (or MeV with --absolute).")
  private double threshold;

  @Option(names = "--absolute", description = "Threshold in MeV on BE (Rch keeps --radius-threshold relative).")
  private boolean absolute;

  @Option(names = "--radius-threshold", defaultValue = GenerateConfiguration.DEFAULT_RADIUS_RELATIVE_THRESHOLD,
      description = "Relative Rch threshold with --absolute.")
  private double radiusThreshold;

  @Option(names = "--shard", defaultValue = "0", description = "This shard, in [0, shards).")
  private int shard;

  @Option(names = "--shards", defaultValue = "1", description = "Number of shards.")
  private int shards;

  @Option(names = "--merge", description = "Merge the shard outputs of --output instead of generating.")
  private boolean merge;

  @Option(names = "--chunk-size", defaultValue = GenerateConfiguration.DEFAULT_CHUNK_SIZE,
      description = "Sets per resumable chunk.")
  private int chunkSize;

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Option(names = "--pairing", description = "Pairing prescription: constant-gap (default), none or"
      + " constant-g (docs/physics-finite-nuclei.md); the same as --solver pairing=...")
  private String pairing;

  @Option(names = "--solver", split = ",", description = "Solver settings KEY=VALUE, the names of the POM's"
      + " <solver> (meshStepFm, boxRadiusFm, maxIterations, toleranceMeV, pairing, pairingGapCoefficientMeV,"
      + " centerOfMassCoefficientMeV, chargeRadius); others keep the defaults.")
  private List<String> solver = List.of();

  @Option(names = "--constants", split = ",", description = "Model constants KEY=VALUE in MeV, the names of the"
      + " POM's <constants> (mSigma, mOmega, mRho, nucleonMass); others keep the study's.")
  private List<String> constants = List.of();

  @Option(names = "--merge-from", description = "With --merge: the directory holding the shard outputs"
      + " (directly or in shard-<i>/ subdirectories); default: --output.")
  private Path mergeFrom;

  @Option(names = "--mode", defaultValue = GenerateConfiguration.DEFAULT_MODE,
      description = "samples (sampled NMP sets, default) or chart (one coupling set, every nucleus of --nuclei-from).")
  private String mode;

  @Option(names = "--coupling-set", defaultValue = GenerateConfiguration.DEFAULT_COUPLING_SET,
      description = "Chart mode: a bundled reference set (NL3, FSUGold, TM1, IUFSU, ...; default: ${DEFAULT-VALUE}).")
  private String couplingSet;

  @Option(names = "--couplings", description = "Chart mode: explicit couplings g_sigma=..,g_omega=..,g_rho=..,"
      + "A_MeV=..,B=..,C=..,Lambda_v=.. (with --constants) instead of --coupling-set.")
  private String couplings;

  @Option(names = "--nuclei-from", description = "Chart mode: the nuclei.csv of nml dataset.")
  private Path nucleiFrom;

  @Option(names = "--mesh-step-fm", defaultValue = GenerateConfiguration.DEFAULT_MESH_STEP_FM,
      description = "Chart mode: mesh step, fm (the densities' radii are k * step; default: ${DEFAULT-VALUE}).")
  private double meshStepFm;

  @Option(names = "--box-radius-fm", defaultValue = GenerateConfiguration.DEFAULT_BOX_RADIUS_FM,
      description = "Chart mode: box radius, fm (default: ${DEFAULT-VALUE}).")
  private double boxRadiusFm;

  @Option(names = "--density-components", defaultValue = GenerateConfiguration.DEFAULT_DENSITY_COMPONENTS,
      description = "Chart mode: BOTH (default) or UPPER_ONLY Dirac components in rho, tau, J.")
  private String densityComponents;

  @Option(names = "--gate", description = "Chart mode: minConvergedFraction[chart]=0.9, "
      + "maxRmsMeV[NL3@converged]=10, maxRchRmsFm[NL3@radii]=0.04 (repeatable).")
  private List<String> gates = List.of();

  @Option(names = "--fail-on-gate", negatable = true, defaultValue = FailOnGate.DEFAULT, fallbackValue = "true",
      description = "Whether a missed gate fails (exit 3) or only warns.")
  private boolean failOnGate;

  @Override
  public Integer call() throws Exception {
    return step.run(configuration());
  }

  /** The configuration these options describe. */
  public GenerateConfiguration configuration() {
    SolverEntry s = SolverEntry.parse("--solver", solver);
    if (pairing != null) {
      PairingPrescription.parse("--pairing", pairing);
      s = new SolverEntry(s.meshStepFm(), s.boxRadiusFm(), s.maxIterations(), s.toleranceMeV(), pairing,
          s.pairingGapCoefficientMeV(), s.centerOfMassCoefficientMeV(), s.chargeRadius());
    }
    GenerateConfiguration c = new GenerateConfiguration().samples(samples).seed(seed).design(design).nuclei(nuclei)
        .box(BoxOption.parse(box)).thresholdMode(absolute ? "absolute" : "relative").threshold(threshold)
        .radiusRelativeThreshold(radiusThreshold).shard(shard, shards).merge(merge, mergeFrom)
        .chunkSize(chunkSize).outputDirectory(output).solver(s.toSettings())
        .constants(ConstantsEntry.parse("--constants", constants).toConstants()).engine(engine.engine())
        .mode(mode).couplingSet(couplingSet).couplings(couplings).nucleiFrom(nucleiFrom).meshStepFm(meshStepFm)
        .boxRadiusFm(boxRadiusFm).densityComponents(densityComponents).failOnGate(failOnGate);
    gates.forEach(c::gate);
    return c;
  }
}
