package org.nucleiml.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every {@code nml} command, one meaning each, so that scripts can tell a bad
 * input from a mistyped command line and both from a well-defined negative physics answer. The table
 * is printed at the foot of every command's help and in docs/configuration.md; the numbers are a
 * contract and do not change.
 */
final class ExitCodes {

  /** Success; {@code compare-studies}: every file identical. */
  static final int OK = 0;
  /** Invalid input: the message names the parameter or file, the value and what is allowed. */
  static final int INVALID_INPUT = 1;
  /**
   * No answer exists for valid input: no couplings for the NMPs, no saturation, or a single solve
   * that did not converge. The command still prints its JSON with the reason.
   */
  static final int NO_ANSWER = 2;
  /** A result missed its gate, or the posterior found no finite start. */
  static final int FAILED_RESULT = 3;
  /** A file could not be read or written (the message names it). */
  static final int FILE_ERROR = 4;
  /** {@code compare-studies}: at least one file differs. */
  static final int OUTPUTS_DIFFER = 5;
  /**
   * {@code --engine slurm}: an array task or the merge job failed, was cancelled or timed out (the
   * message names the task and its log), or Slurm refused the jobs.
   */
  static final int CLUSTER_ERROR = 6;
  /** Usage error: unknown option or command, missing or malformed argument (sysexits EX_USAGE). */
  static final int USAGE_ERROR = 64;
  /** A bug: anything else, printed with its stack trace (sysexits EX_SOFTWARE). */
  static final int INTERNAL_ERROR = 70;
  /** Interrupted. */
  static final int INTERRUPTED = 130;

  private ExitCodes() {}

  /** The table of the help footer, code to meaning. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put(OK + ":", "success (compare-studies: every file identical)");
    list.put(INVALID_INPUT + ":", "invalid input: a parameter, value or file content that is not allowed");
    list.put(NO_ANSWER + ":", "no answer for valid input: no couplings, no saturation, solve not converged");
    list.put(FAILED_RESULT + ":", "a result missed its gate, or the posterior found no finite start");
    list.put(FILE_ERROR + ":", "a file is missing or cannot be read or written");
    list.put(OUTPUTS_DIFFER + ":", "compare-studies: at least one file differs");
    list.put(CLUSTER_ERROR + ":", "--engine slurm: an array task or the merge job failed, or Slurm refused the jobs");
    list.put(USAGE_ERROR + ":", "usage error: unknown option or command, missing or malformed argument");
    list.put(INTERNAL_ERROR + ":", "internal error (a bug), printed with its stack trace");
    list.put(INTERRUPTED + ":", "interrupted");
    return list;
  }
}
