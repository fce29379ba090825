package org.nucleiml.data;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;

/**
 * Everything nml:generate needs, validated once at construction.
 *
 * @param box the NMP box to sample
 * @param design uniform, Latin hypercube or Sobol
 * @param samples number of NMP points of the whole run (all shards), > 0
 * @param seed the study seed; point i depends on (seed, i) only
 * @param nuclei the nuclei solved for every point, distinct, at least one
 * @param threshold admissibility threshold around experiment
 * @param threads worker threads, > 0 (does not change the output)
 * @param shard this run's shard, in [0, shards)
 * @param shards number of shards the run is split into, > 0
 * @param chunkSize points per resumable unit of work, > 0
 * @param outputDir where samples.csv and dataset.json go
 */
public record GenerationConfig(ParameterBox box, SamplingDesign design, long samples, long seed,
    List<Nucleus> nuclei, Threshold threshold, int threads, int shard, int shards, int chunkSize,
    Path outputDir) {

  /** Default number of points per resumable chunk. */
  public static final int DEFAULT_CHUNK_SIZE = 25;

  /** Validates every field, naming the parameter in the message. */
  public GenerationConfig {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(outputDir, "outputDir");
    if (samples <= 0) {
      throw new InvalidParameterException("samples", samples, "an integer > 0");
    }
    if (nuclei == null || nuclei.isEmpty()) {
      throw new InvalidParameterException("nuclei", nuclei, "at least one nucleus, e.g. 16O,40Ca,208Pb");
    }
    nuclei = List.copyOf(nuclei);
    if (new HashSet<>(nuclei).size() != nuclei.size()) {
      throw new InvalidParameterException("nuclei", nuclei, "each nucleus at most once");
    }
    Checks.positive("threads", threads);
    Checks.positive("shards", shards);
    if (shard < 0 || shard >= shards) {
      throw new InvalidParameterException("shard", shard, "an integer in [0, " + (shards - 1) + "]");
    }
    Checks.positive("chunkSize", chunkSize);
  }

  /** Number of chunks of the whole run. */
  public long chunkCount() {
    return (samples + chunkSize - 1) / chunkSize;
  }

  /** First chunk of this shard (inclusive). */
  public long firstChunk() {
    return chunkCount() * shard / shards;
  }

  /** Last chunk of this shard (exclusive). */
  public long endChunk() {
    return chunkCount() * (shard + 1) / shards;
  }

  /** The CSV this run writes: samples.csv, or samples.shard-i-of-n.csv for a shard. */
  public Path samplesFile() {
    return outputDir.resolve(shards == 1 ? "samples.csv"
        : "samples.shard-" + shard + "-of-" + shards + ".csv");
  }

  /** The manifest this run writes next to its CSV. */
  public Path datasetFile() {
    return outputDir.resolve(shards == 1 ? "dataset.json"
        : "dataset.shard-" + shard + "-of-" + shards + ".json");
  }
}
