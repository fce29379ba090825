package org.nucleiml.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
 * print their stack trace and exit with {@link ExitCodes#INTERNAL_ERROR}.
 */
final class CliExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    String prefix = "nml " + command.getCommandName() + ": ";
    int code = exitCode(e);
    if (code == ExitCodes.INTERNAL_ERROR) {
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
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof GateFailedException || e instanceof NoFiniteStartException) {
      return ExitCodes.FAILED_RESULT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCodes.FILE_ERROR;
    }
    if (e instanceof SlurmException) {
      return ExitCodes.CLUSTER_ERROR;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  private static String message(Exception e) {
    if (e instanceof IOException io) {
      return fileMessage(io);
    }
    if (e instanceof UncheckedIOException u) {
      String context = u.getMessage() == null || u.getMessage().equals(String.valueOf(u.getCause())) ? ""
          : u.getMessage().replace(": " + u.getCause(), "") + ": ";
      return context + fileMessage(u.getCause());
    }
    return e.getMessage();
  }

  /**
   * One line naming the file and what went wrong, without the exception's class name (which is Java,
   * not the user's concern): "no such file or directory: PATH", "permission denied: PATH".
   */
  static String fileMessage(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": "
          + (f.getReason() == null ? "cannot be read or written" : f.getReason());
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "file error: " + text.lines().findFirst().orElse(text);
  }
}
