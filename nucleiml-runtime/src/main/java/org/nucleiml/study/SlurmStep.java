package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.cluster.ArrayJob;
import org.nucleiml.cluster.SlurmArrayRun;
import org.nucleiml.cluster.SlurmException;
import org.nucleiml.cluster.SlurmOptions;

/**
 * What every step run as a Slurm job array shares (generation shards, mass models, ensemble members):
 * nothing is submitted when the outputs are up to date or in the build cache; after the merge job the
 * output directory must hold outputs recorded under the whole run's fingerprint, as a local run leaves
 * them, or the build fails.
 */
final class SlurmStep {

  /** Builds the job once it is known to be needed (staging the jars is not free). */
  @FunctionalInterface
  interface JobFactory {
    ArrayJob create() throws IOException;
  }

  private SlurmStep() {}

  static StepRunner.Outcome run(StepFingerprint whole, Path outputDir, SlurmOptions options,
      Optional<BuildCache> cache, Consumer<String> log, JobFactory job) throws IOException, InterruptedException {
    String goal = "nml:" + whole.step();
    if (UpToDateCheck.check(outputDir, whole).upToDate()) {
      log.accept(goal + " is up to date (" + outputDir + ")");
      return StepRunner.Outcome.UP_TO_DATE;
    }
    if (cache.isPresent() && cache.get().restore(whole, outputDir).isPresent()) {
      log.accept(goal + " restored from the build cache " + cache.get().root());
      return StepRunner.Outcome.RESTORED_FROM_CACHE;
    }
    SlurmArrayRun.Submission submission = new SlurmArrayRun(options, log).run(job.create());
    if (!options.submit() || !options.await()) {
      return StepRunner.Outcome.RAN;
    }
    UpToDateCheck.Verdict merged = UpToDateCheck.check(outputDir, whole);
    if (!merged.upToDate()) {
      throw new SlurmException("the merge job " + submission.mergeJob().orElse("") + " ended, but " + outputDir
          + " does not hold this configuration's outputs: " + String.join("; ", merged.reasons()));
    }
    return StepRunner.Outcome.RAN;
  }
}
