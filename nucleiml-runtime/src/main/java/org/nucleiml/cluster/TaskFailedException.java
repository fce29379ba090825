package org.nucleiml.cluster;

import java.nio.file.Path;

/** A task of a job array (or its merge job) failed: names the task, how it ended and its log. */
public final class TaskFailedException extends SlurmException {

  private static final long serialVersionUID = 1L;

  private final String task;
  private final transient Path log;

  /**
   * @param task the task, e.g. {@code task 3 of job 117} or {@code merge job 118}
   * @param how how it ended, e.g. {@code exit code 1}
   * @param log its log file
   * @param tail the last lines of the log, or an empty string
   */
  public TaskFailedException(String task, String how, Path log, String tail) {
    super("slurm " + task + " failed (" + how + "); log: " + log + (tail.isEmpty() ? "" : "\n" + tail));
    this.task = task;
    this.log = log;
  }

  /** The failed task, as named in the message. */
  public String task() {
    return task;
  }

  /** Its log file. */
  public Path log() {
    return log;
  }
}
