package org.nucleiml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.nucleiml.study.BuildCache;
import org.nucleiml.study.config.StepConfiguration;
import org.nucleiml.study.config.StepContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every step command shares with its goal ({@code --threads}, {@code --build-cache}),
 * mixed into each command; status lines and warnings go to stderr.
 */
final class StepOptions {

  @Spec(Spec.Target.MIXEE) private CommandSpec spec;

  @Option(names = "--threads", defaultValue = StepContext.DEFAULT_THREADS,
      description = "Worker threads; 0 = all cores (results do not depend on it).")
  private int threads;

  @Option(names = "--build-cache", description = "Build cache directory (default: none).")
  private Path buildCache;

  /** The context of one run of the command. */
  StepContext context() {
    PrintWriter err = spec.commandLine().getErr();
    return new StepContext(StepContext.threads(threads), Optional.ofNullable(buildCache).map(BuildCache::new),
        line -> {
          err.println(line);
          err.flush();
        },
        line -> {
          err.println("WARNING: " + line);
          err.flush();
        });
  }

  /** Runs {@code configuration}; failures reach {@link CliExceptionHandler}. */
  int run(StepConfiguration configuration) throws IOException, InterruptedException {
    configuration.run(context());
    return 0;
  }
}
