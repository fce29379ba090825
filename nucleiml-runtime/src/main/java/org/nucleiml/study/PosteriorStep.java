package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.files.OutputLock;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.PosteriorFiles;
import org.nucleiml.inference.PosteriorResult;
import org.nucleiml.inference.PosteriorRun;
import org.nucleiml.inference.backend.StudyBackend;

/**
 * The posterior step of a study: fingerprints the run's settings and the backend, then skips or
 * samples into {@code <outputRoot>/<name>/}; afterwards, optionally compares the result with another
 * posterior directory (always, so the gate is checked on every build).
 */
public final class PosteriorStep {

  private final PosteriorConfig config;
  private final StudyBackend backend;
  private final Path directory;
  private final Optional<PosteriorComparisonStep> comparison;
  private final Optional<BuildCache> cache;
  private final Consumer<String> log;

  /**
   * @param config the run's settings
   * @param backend the model
   * @param outputRoot the directory holding one folder per named posterior
   * @param comparison the comparison to make after the run, if any
   * @param cache the build cache, or empty
   * @param log status lines
   */
  public PosteriorStep(PosteriorConfig config, StudyBackend backend, Path outputRoot,
      Optional<PosteriorComparisonStep> comparison, Optional<BuildCache> cache, Consumer<String> log) {
    this.config = config;
    this.backend = backend;
    this.directory = outputRoot.resolve(config.name());
    this.comparison = comparison;
    this.cache = cache;
    this.log = log;
  }

  /** What the step produced: how it ended, the fresh result (empty when skipped), the comparison. */
  public record Outcome(StepRunner.Outcome step, Optional<PosteriorResult> result, Path directory,
      Optional<PosteriorComparisonStep.Result> comparison) {}

  /** Everything the draws depend on: settings (threads excluded), backend identity, runtime version. */
  public StepFingerprint fingerprint() {
    StepFingerprint.Builder b = StepFingerprint.builder("posterior", RuntimeVersion.fingerprint());
    for (Map.Entry<String, Object> e : config.fingerprintParameters().entrySet()) {
      b.parameter(e.getKey(), e.getValue());
    }
    backend.identity().forEach((k, v) -> b.parameter("backend." + k, v));
    return b.build();
  }

  /** Samples unless up to date, logs the medians, then compares when asked. */
  public Outcome run() throws IOException, InterruptedException {
    // fail before the up-to-date check too: an old run may predate the emulator's declared domain
    PosteriorRun.checkDomain(config, backend, log);
    // the comparison writes into the run's directory as well: hold it for the whole step
    try (OutputLock lock = OutputLock.acquire("posterior directory", directory)) {
      return runLocked();
    }
  }

  private Outcome runLocked() throws IOException, InterruptedException {
    PosteriorResult[] result = new PosteriorResult[1];
    StepRunner.Outcome outcome = new StepRunner(log, cache).run(fingerprint(), directory, () -> {
      result[0] = PosteriorRun.runAndWrite(config, backend, directory, log);
      return List.of(PosteriorFiles.CHAIN, PosteriorFiles.POSTERIOR, PosteriorFiles.SUMMARY, PosteriorFiles.CORNER,
          PosteriorFiles.MARGINALS);
    });
    PosteriorSummaryLog.log(directory, log);
    Optional<PosteriorComparisonStep.Result> compared = comparison.isPresent()
        ? Optional.of(comparison.get().run(directory, log))
        : Optional.empty();
    if (comparison.isEmpty()) {
      PosteriorComparisonStep.removeStale(directory);
    }
    return new Outcome(outcome, Optional.ofNullable(result[0]), directory, compared);
  }
}
