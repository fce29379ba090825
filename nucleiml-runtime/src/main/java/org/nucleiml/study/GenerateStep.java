package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.data.DataGenerator;
import org.nucleiml.data.ExperimentalReference;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.Range;
import org.nucleiml.data.SampleEvaluator;
import org.nucleiml.data.ShardMerger;
import org.nucleiml.physics.Nucleus;

/**
 * The generate step of a study: fingerprints the configuration, then skips, restores from the build
 * cache, or runs the {@link DataGenerator} (or merges shard outputs into the single-run files).
 */
public final class GenerateStep {

  private final GenerationConfig config;
  private final SampleEvaluator evaluator;
  private final Function<Nucleus, ExperimentalReference> experiment;
  private final Consumer<String> log;
  private final Duration progressInterval;

  /**
   * @param config the run
   * @param evaluator the physics
   * @param experiment measured values per nucleus
   * @param log status and progress lines
   * @param progressInterval minimum time between progress lines
   */
  public GenerateStep(GenerationConfig config, SampleEvaluator evaluator,
      Function<Nucleus, ExperimentalReference> experiment, Consumer<String> log,
      Duration progressInterval) {
    this.config = config;
    this.evaluator = evaluator;
    this.experiment = experiment;
    this.log = log;
    this.progressInterval = progressInterval;
  }

  /** Everything the data depends on; thread count and output location are deliberately absent. */
  public StepFingerprint fingerprint(int shard, int shards) {
    StepFingerprint.Builder b = StepFingerprint.builder("generate", RuntimeVersion.fingerprint())
        .parameter("samples", config.samples())
        .parameter("seed", config.seed())
        .parameter("design", config.design().id())
        .parameter("nuclei", String.join(",", config.nuclei().stream().map(Nucleus::name).toList()))
        .parameter("threshold", config.threshold())
        .parameter("chunkSize", config.chunkSize())
        .parameter("shard", shard + "/" + shards);
    for (Range r : config.box().ranges()) {
      b.parameter("box." + r.name(), r);
    }
    for (Map.Entry<String, Object> s : new java.util.TreeMap<>(evaluator.settings()).entrySet()) {
      b.parameter("solver." + s.getKey(), s.getValue());
    }
    for (Nucleus n : config.nuclei()) {
      ExperimentalReference e = experiment.apply(n);
      b.parameter("experiment." + n.name(), e.bindingEnergyMeV() + " MeV, " + e.chargeRadiusFm() + " fm");
    }
    return b.build();
  }

  /** Generates this run's shard (or the whole data set). */
  public StepRunner.Outcome generate(Optional<BuildCache> cache) throws IOException, InterruptedException {
    StepFingerprint fp = fingerprint(config.shard(), config.shards());
    Path dir = config.outputDir();
    return new StepRunner(log, cache).run(fp, dir, () -> {
      Path work = dir.resolve(".nml-work").resolve(fp.digest().substring(0, 16));
      new DataGenerator(config, evaluator, experiment, log, progressInterval).run(work);
      return List.of(config.samplesFile().getFileName().toString(),
          config.datasetFile().getFileName().toString());
    });
  }

  /**
   * Merges the shard outputs found in {@code partsDir} into samples.csv and dataset.json in the
   * output directory, recorded under the fingerprint of a single run, so that a later unsharded run
   * with the same configuration finds them up to date.
   */
  public StepRunner.Outcome merge(Path partsDir) throws IOException, InterruptedException {
    StepFingerprint fp = fingerprint(0, 1);
    Path dir = config.outputDir();
    return new StepRunner(log, Optional.empty()).run(fp, dir, () -> {
      Path merged = ShardMerger.merge(partsDir, config.shards(), dir);
      log.accept("merged " + config.shards() + " shards into " + merged);
      return List.of("samples.csv", "dataset.json");
    });
  }
}
