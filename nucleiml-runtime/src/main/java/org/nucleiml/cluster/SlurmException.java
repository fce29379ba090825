package org.nucleiml.cluster;

/** Slurm could not be used: a command is missing, refused a submission, or jobs are still running. */
public class SlurmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what failed and what to do about it */
  public SlurmException(String message) {
    super(message);
  }
}
