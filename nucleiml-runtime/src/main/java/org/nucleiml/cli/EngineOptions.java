package org.nucleiml.cli;

import java.nio.file.Path;
import org.nucleiml.cluster.Engine;
import org.nucleiml.cluster.SlurmOptions;
import picocli.CommandLine.Option;

/**
 * The engine options of the commands whose pieces can run as a Slurm job array ({@code nml generate},
 * {@code nml train-masses}), the command-line form of the goals' {@code engine} and {@code slurm*}
 * parameters, mapped onto the same {@link Engine}.
 */
final class EngineOptions {

  @Option(names = "--engine", defaultValue = Engine.DEFAULT,
      description = "local (this machine) or slurm (a job array and a merge job; docs/cluster.md).")
  private String engine;

  @Option(names = "--slurm-partition", description = "Slurm partition (default: the cluster's).")
  private String partition;

  @Option(names = "--slurm-account", description = "Slurm account to charge.")
  private String account;

  @Option(names = "--slurm-time-limit", description = "Time limit per task, e.g. 02:00:00.")
  private String timeLimit;

  @Option(names = "--slurm-cpus-per-task", defaultValue = "1", description = "CPUs per task, the task's threads.")
  private int cpusPerTask;

  @Option(names = "--slurm-memory", description = "Memory per task, e.g. 4G.")
  private String memory;

  @Option(names = "--slurm-array-throttle", defaultValue = "0", description = "Most tasks at once (0: no limit).")
  private int arrayThrottle;

  @Option(names = "--slurm-options", description = "Further sbatch options, comma-separated, e.g. --qos=short.")
  private String extraOptions;

  @Option(names = "--slurm-submit", defaultValue = "true", arity = "1",
      description = "false: only write the scripts.")
  private boolean submit;

  @Option(names = "--slurm-wait", defaultValue = "true", arity = "1",
      description = "false: return after submitting.")
  private boolean await;

  @Option(names = "--slurm-poll-seconds", defaultValue = "5", description = "Seconds between queue queries.")
  private int pollSeconds;

  @Option(names = "--slurm-directory", description = "Scripts, logs, staged jars and piece outputs "
      + "(default: <output>/../slurm/<command>).")
  private Path directory;

  /** The engine these options name; the Slurm options are checked only for the Slurm engine. */
  Engine engine() {
    if (!Engine.isSlurm(engine)) {
      return Engine.LOCAL;
    }
    return Engine.of(engine, SlurmOptions.of(partition, account, timeLimit, cpusPerTask, memory, arrayThrottle,
        extraOptions, submit, await, pollSeconds), directory);
  }
}
