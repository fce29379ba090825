package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.GenerateConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml generate}: the nml:generate goal from the command line (for shards on machines without
 * Maven, and for tests that interrupt a run), mapping options onto {@link GenerateConfiguration}.
 */
@Command(name = GenerateConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Generate labelled RMF training data (samples.csv, dataset.json).")
public final class GenerateCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

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

  @Option(names = "--pairing", defaultValue = "constant-gap", description = "Pairing prescription:"
      + " constant-gap (default), none or constant-g (docs/physics-finite-nuclei.md).")
  private String pairing;

  @Override
  public Integer call() throws Exception {
    return step.run(new GenerateConfiguration().samples(samples).seed(seed).design(design).nuclei(nuclei)
        .box(BoxOption.parse(box)).thresholdMode(absolute ? "absolute" : "relative").threshold(threshold)
        .radiusRelativeThreshold(radiusThreshold).shard(shard, shards).merge(merge, null).chunkSize(chunkSize)
        .outputDirectory(output).solver(SolveCommand.settings(pairing)));
  }
}
