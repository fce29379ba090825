package org.nucleiml.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cluster.SlurmException;
import org.nucleiml.inference.mcmc.NoFiniteStartException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where runtime failures become {@code nml} exit codes and messages, so commands only
 * map options onto a step configuration. Programming errors are not dressed up as a failed gate: they
 * print their stack trace and exit with {@link #INTERNAL_ERROR}.
 */
final class CliExceptionHandler implements IExecutionExceptionHandler {

  /** Invalid input: the message names the parameter, the value and what is allowed. */
  static final int INVALID_INPUT = 1;
  /** A result missed its gate, or the posterior found no start: a real negative answer. */
  static final int FAILED_RESULT = 3;
  /** A file could not be read or written. */
  static final int FILE_ERROR = 4;
  /** A Slurm array task or merge job failed, or Slurm could not be used (the message names task and log). */
  static final int CLUSTER_ERROR = 6;
  /** Interrupted. */
  static final int INTERRUPTED = 130;
  /** A bug: anything else. */
  static final int INTERNAL_ERROR = 70;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    String prefix = "nml " + command.getCommandName() + ": ";
    int code = exitCode(e);
    if (code == INTERNAL_ERROR) {
      command.getErr().println(prefix + "internal error, please report it with this trace:");
      e.printStackTrace(command.getErr());
    } else {
      command.getErr().println(prefix + message(e));
    }
    command.getErr().flush();
    return code;
  }

  /** The exit code of a failure. */
  static int exitCode(Exception e) {
    if (e instanceof InvalidParameterException) {
      return INVALID_INPUT;
    }
    if (e instanceof GateFailedException || e instanceof NoFiniteStartException) {
      return FAILED_RESULT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return FILE_ERROR;
    }
    if (e instanceof SlurmException) {
      return CLUSTER_ERROR;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return INTERRUPTED;
    }
    return INTERNAL_ERROR;
  }

  private static String message(Exception e) {
    return e instanceof IOException ? "failed on a file: " + e : e.getMessage();
  }
}
