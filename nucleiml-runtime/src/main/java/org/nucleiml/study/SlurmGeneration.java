package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.cluster.ArrayJob;
import org.nucleiml.cluster.SlurmOptions;
import org.nucleiml.data.ShardMerger;

/**
 * The generate step on a Slurm cluster: shard {@code i} of {@code n} is array task {@code i}, run by
 * {@code nml generate --shard i --shards n} from the staged runtime jars into a directory of its own,
 * and a merge job joins the shards into the samples.csv and dataset.json of a single run, recorded
 * under the single run's fingerprint. A shard whose output is already up to date is not submitted
 * again, so a re-run after a failed or cancelled task completes the data set with nothing lost or
 * duplicated. The merged samples.csv is byte-identical to a local run's: a task computes exactly the
 * chunks a local shard would.
 */
public final class SlurmGeneration {

  private final GenerateStep step;
  private final int shards;
  private final Path outputDir;
  private final Path slurmDir;
  private final List<String> generateArguments;
  private final SlurmOptions options;
  private final Optional<BuildCache> cache;
  private final Consumer<String> log;

  /**
   * @param step the configured step (its fingerprints decide what is complete)
   * @param shards the number of shards, one array task each
   * @param outputDir where the merged samples.csv and dataset.json go
   * @param slurmDir scripts, logs, staged jars and shard outputs (on a file system the nodes share)
   * @param generateArguments the {@code nml generate} options that reproduce the step's configuration,
   *     without {@code --shard}, {@code --shards}, {@code --threads}, {@code --merge} and {@code --output}
   * @param options resources and submit/wait behaviour
   * @param cache the build cache, if any
   * @param log status and progress lines
   */
  public SlurmGeneration(GenerateStep step, int shards, Path outputDir, Path slurmDir,
      List<String> generateArguments, SlurmOptions options, Optional<BuildCache> cache, Consumer<String> log) {
    this.step = step;
    this.shards = shards;
    this.outputDir = outputDir;
    this.slurmDir = slurmDir.toAbsolutePath().normalize();
    this.generateArguments = List.copyOf(generateArguments);
    this.options = options;
    this.cache = cache;
    this.log = log;
  }

  /** Submits what is missing, waits (unless told not to) and checks the merged outputs. */
  public StepRunner.Outcome run() throws IOException, InterruptedException {
    return SlurmStep.run(step.fingerprint(0, 1), outputDir, options, cache, log, this::job);
  }

  private ArrayJob job() throws IOException {
    Path shardsDir = slurmDir.resolve("shards");
    List<String> task = new ArrayList<>(List.of("generate"));
    task.addAll(generateArguments);
    task.addAll(List.of("--shard", ArrayJob.TASK, "--shards", Integer.toString(shards),
        // The task's thread pool is exactly what Slurm gave it.
        "--threads", Integer.toString(options.cpusPerTask()),
        "--output", shardsDir.resolve(ShardMerger.SHARD_DIRECTORY_PREFIX + ArrayJob.TASK).toString()));
    List<String> merge = new ArrayList<>(List.of("generate"));
    merge.addAll(generateArguments);
    merge.addAll(List.of("--shards", Integer.toString(shards), "--merge", "--merge-from", shardsDir.toString(),
        "--output", outputDir.toAbsolutePath().toString()));
    return ArrayJob.ofCli("generate", slurmDir, shards, task, merge, i -> shardComplete(shardsDir, i));
  }

  private boolean shardComplete(Path shardsDir, int shard) {
    try {
      return UpToDateCheck.check(ShardMerger.shardDirectory(shardsDir, shard), step.fingerprint(shard, shards))
          .upToDate();
    } catch (IOException e) {
      return false;
    }
  }
}
