package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.files.OutputLock;

/**
 * Runs one pipeline step incrementally: skip when its outputs are up to date, restore them from the
 * build cache when another build computed them, otherwise run it, then record the manifest (and fill
 * the cache). Logs which inputs changed when a step re-runs. Holds the output directory's
 * {@link OutputLock} throughout, so two builds never write one directory at once.
 */
public final class StepRunner {

  /** The step's work: writes its outputs into the output directory, returns their file names. */
  @FunctionalInterface
  public interface Work {
    List<String> run() throws IOException, InterruptedException;
  }

  /** How a step ended. */
  public enum Outcome { UP_TO_DATE, RESTORED_FROM_CACHE, RAN }

  private final Consumer<String> log;
  private final Optional<BuildCache> cache;

  /**
   * @param log where status lines go
   * @param cache the build cache, or empty to disable it
   */
  public StepRunner(Consumer<String> log, Optional<BuildCache> cache) {
    this.log = log;
    this.cache = cache;
  }

  /** Runs {@code work} unless {@code outputDir} already holds outputs for {@code fingerprint}. */
  public Outcome run(StepFingerprint fingerprint, Path outputDir, Work work)
      throws IOException, InterruptedException {
    // One build per output directory: a second one would interleave its files with ours.
    try (OutputLock lock = OutputLock.acquire("output directory of nml:" + fingerprint.step(), outputDir)) {
      return runLocked(fingerprint, outputDir, work);
    }
  }

  private Outcome runLocked(StepFingerprint fingerprint, Path outputDir, Work work)
      throws IOException, InterruptedException {
    String step = "nml:" + fingerprint.step();
    UpToDateCheck.Verdict verdict = UpToDateCheck.check(outputDir, fingerprint);
    if (verdict.upToDate()) {
      log.accept(step + " is up to date (" + outputDir + ")");
      return Outcome.UP_TO_DATE;
    }
    verdict.reasons().forEach(r -> log.accept(step + " must run: " + r));
    StepManifest.invalidate(outputDir);
    if (cache.isPresent() && cache.get().restore(fingerprint, outputDir).isPresent()) {
      log.accept(step + " restored from the build cache " + cache.get().root());
      return Outcome.RESTORED_FROM_CACHE;
    }
    List<String> outputs = work.run();
    StepManifest manifest = StepManifest.of(fingerprint, outputDir, outputs);
    manifest.write(outputDir);
    if (cache.isPresent()) {
      cache.get().store(manifest, outputDir);
    }
    return Outcome.RAN;
  }
}
