package org.nucleiml.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.cluster.Engine;
import org.nucleiml.cluster.SlurmOptions;

/**
 * The Slurm parameters of the goals whose pieces can run as a Slurm job array (nml:generate's shards,
 * nml:train-masses' models), declared once and mapped onto the runtime's one {@link Engine}; each goal
 * keeps its own {@code engine} switch so that a build can, say, generate on the cluster and train here.
 */
abstract class AbstractEngineMojo extends AbstractNmlMojo {

  /** Slurm partition of the array and merge jobs (default: the cluster's). */
  @Parameter(property = PropertyNames.SLURM_PARTITION)
  private String slurmPartition;

  /** Slurm account to charge. */
  @Parameter(property = PropertyNames.SLURM_ACCOUNT)
  private String slurmAccount;

  /** Time limit per task, e.g. 02:00:00. */
  @Parameter(property = PropertyNames.SLURM_TIME_LIMIT)
  private String slurmTimeLimit;

  /** CPUs per task; each task's thread pool uses exactly these. */
  @Parameter(property = PropertyNames.SLURM_CPUS_PER_TASK, defaultValue = "1")
  private int slurmCpusPerTask;

  /** Memory per task, e.g. 4G. */
  @Parameter(property = PropertyNames.SLURM_MEMORY)
  private String slurmMemory;

  /** The most array tasks running at once (0: no limit). */
  @Parameter(property = PropertyNames.SLURM_ARRAY_THROTTLE, defaultValue = "0")
  private int slurmArrayThrottle;

  /** Further sbatch options, comma-separated, e.g. --qos=short. */
  @Parameter(property = PropertyNames.SLURM_OPTIONS)
  private String slurmOptions;

  /** Submit the jobs (false: only write the scripts into slurmDirectory). */
  @Parameter(property = PropertyNames.SLURM_SUBMIT, defaultValue = "true")
  private boolean slurmSubmit;

  /** Wait for the merge job and fail the build when a task fails (false: return after submitting). */
  @Parameter(property = PropertyNames.SLURM_WAIT, defaultValue = "true")
  private boolean slurmWait;

  /** Seconds between two queue queries while waiting. */
  @Parameter(property = PropertyNames.SLURM_POLL_SECONDS, defaultValue = "5")
  private int slurmPollSeconds;

  /**
   * The goal's {@code slurmDirectory} parameter: scripts, logs, staged jars and piece outputs of the
   * Slurm engine, on a file system the nodes share (null: {@code <outputDirectory>/../slurm/<goal>}).
   * Declared per goal so that its user property names the goal and two goals never share it.
   */
  abstract File slurmDirectory();

  /** The engine the goal's {@code engine} parameter names; the Slurm parameters are checked only for slurm. */
  Engine engine(String name) {
    if (!Engine.isSlurm(name)) {
      return Engine.LOCAL;
    }
    return Engine.of(name, SlurmOptions.of(slurmPartition, slurmAccount, slurmTimeLimit, slurmCpusPerTask,
        slurmMemory, slurmArrayThrottle, slurmOptions, slurmSubmit, slurmWait, slurmPollSeconds),
        slurmDirectory() == null ? null : slurmDirectory().toPath());
  }
}
