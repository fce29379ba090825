package org.nucleiml.study.config;

import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.BuildCache;

/**
 * What a front end lends a step besides its configuration: worker threads, the build cache and where
 * status lines and warnings go. None of it changes an output.
 *
 * @param threads worker threads, >= 1 (see {@link #threads(int)} for the front ends' 0 = all cores)
 * @param cache the build cache, or empty
 * @param info status and progress lines
 * @param warn warnings, e.g. a missed gate that does not fail the run
 */
public record StepContext(int threads, Optional<BuildCache> cache, Consumer<String> info, Consumer<String> warn) {

  /** The front ends' default thread count: 0, every available core. */
  public static final String DEFAULT_THREADS = "0";

  /** Validates the thread count. */
  public StepContext {
    if (threads < 1) {
      throw new InvalidParameterException("threads", threads, "a positive integer");
    }
    cache = cache == null ? Optional.empty() : cache;
  }

  /**
   * The thread count a front end asked for: 0 means every available core.
   *
   * @throws InvalidParameterException for a negative count
   */
  public static int threads(int requested) {
    if (requested < 0) {
      throw new InvalidParameterException("threads", requested, "0 (all cores) or a positive integer");
    }
    return requested == 0 ? allCores(System.getenv("SLURM_CPUS_PER_TASK")) : requested;
  }

  /**
   * Every core this process may use: inside a Slurm job the CPUs it was given (without cgroups a task
   * sees the whole node, and sizing its pool by that would oversubscribe the node), else the JVM's count.
   */
  static int allCores(String slurmCpusPerTask) {
    if (slurmCpusPerTask != null && slurmCpusPerTask.trim().matches("[1-9]\\d{0,5}")) {
      return Integer.parseInt(slurmCpusPerTask.trim());
    }
    return Runtime.getRuntime().availableProcessors();
  }
}
