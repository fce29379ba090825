package org.nucleiml.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.Threshold;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.BuildCache;
import org.nucleiml.study.GenerateStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nml generate}: the same step as the nml:generate goal, from the command line (for shards
 * on machines without Maven, and for tests that interrupt a run). Progress goes to stderr.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate labelled RMF training data (samples.csv, dataset.json).")
public final class GenerateCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--samples", required = true, description = "NMP sets of the whole run.")
  private long samples;

  @Option(names = "--seed", defaultValue = "42", description = "Study seed.")
  private long seed;

  @Option(names = "--design", defaultValue = "uniform", description = "uniform, latin-hypercube or sobol.")
  private String design;

  @Option(names = "--nuclei", defaultValue = "16O,40Ca,48Ca,132Sn,208Pb", split = ",",
      description = "Nuclei solved for every set.")
  private List<String> nuclei;

  @Option(names = "--box", split = ",", description = "Box ranges NAME=MIN:MAX, e.g. K0=200:250; others keep Table 1.")
  private List<String> box = List.of();

  @Option(names = "--threshold", defaultValue = "0.2", description = "Relative threshold (or MeV with --absolute).")
  private double threshold;

  @Option(names = "--absolute", description = "Threshold in MeV on BE (Rch keeps 20% relative).")
  private boolean absolute;

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 = all cores.")
  private int threads;

  @Option(names = "--shard", defaultValue = "0", description = "This shard, in [0, shards).")
  private int shard;

  @Option(names = "--shards", defaultValue = "1", description = "Number of shards.")
  private int shards;

  @Option(names = "--merge", description = "Merge the shard outputs of --output instead of generating.")
  private boolean merge;

  @Option(names = "--chunk-size", defaultValue = "25", description = "Sets per resumable chunk.")
  private int chunkSize;

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Option(names = "--pairing", defaultValue = "constant-gap", description = "Pairing prescription:"
      + " constant-gap (default), none or constant-g (docs/physics-finite-nuclei.md).")
  String pairing;

  @Option(names = "--build-cache", description = "Build cache directory (default: none).")
  private Path buildCache;

  @Override
  public Integer call() throws Exception {
    try {
      GenerationConfig config = new GenerationConfig(box(), SamplingDesign.parse(design), samples, seed,
          nuclei.stream().map(Nucleus::parse).toList(),
          absolute ? Threshold.absolute(threshold, 0.2) : Threshold.relative(threshold),
          threads == 0 ? Runtime.getRuntime().availableProcessors() : threads, shard, shards, chunkSize,
          output);
      ExperimentalValues experiment = ExperimentalValues.standard();
      GenerateStep step = new GenerateStep(config,
          new RmfSampleEvaluator(SolveCommand.settings(pairing), ModelConstants.STUDY),
          experiment::reference,
          line -> spec.commandLine().getErr().println(line), Duration.ofSeconds(10));
      if (merge) {
        step.merge(output);
      } else {
        step.generate(Optional.ofNullable(buildCache).map(BuildCache::new));
      }
      return 0;
    } catch (InvalidParameterException e) {
      spec.commandLine().getErr().println("nml generate: " + e.getMessage());
      return 1;
    }
  }

  private ParameterBox box() {
    ParameterBox b = ParameterBox.STUDY;
    for (String entry : box) {
      String[] parts = entry.split("[=:]");
      if (parts.length != 3) {
        throw new InvalidParameterException("--box", entry, "NAME=MIN:MAX, e.g. K0=200:250");
      }
      try {
        b = b.with(parts[0].trim(), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("--box", entry, "numbers in NAME=MIN:MAX");
      }
    }
    return b;
  }
}
