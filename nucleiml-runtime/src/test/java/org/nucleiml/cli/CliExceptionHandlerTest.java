package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.mcmc.NoFiniteStartException;

/** Tests for {@link CliExceptionHandler}: one mapping of failures to exit codes for every command. */
class CliExceptionHandlerTest {

  @TempDir Path dir;

  @Test
  void testExitCode_separatesBadInputFailedResultsFilesAndBugs() {
    assertEquals(1, CliExceptionHandler.exitCode(new InvalidParameterException("seed", "x", "an integer")));
    assertEquals(3, CliExceptionHandler.exitCode(new GateFailedException("gates", "missed", List.of())));
    assertEquals(3, CliExceptionHandler.exitCode(new NoFiniteStartException(2, 16, 100)));
    assertEquals(4, CliExceptionHandler.exitCode(new IOException("disk full")));
    assertEquals(6, CliExceptionHandler.exitCode(new org.nucleiml.cluster.TaskFailedException("task 1 of array job 7",
        "exit code 4", dir.resolve("task-1.log"), "")));
    assertEquals(70, CliExceptionHandler.exitCode(new NullPointerException()));
    assertEquals(70, CliExceptionHandler.exitCode(new IllegalStateException("a bug, not a failed gate")));
  }

  @Test
  void testPosterior_missingEmulatorExitsOneNamingTheParameter() {
    CliRun run = CliRun.of("posterior", "--emulator", dir.resolve("none").toString(), "--output",
        dir.resolve("posterior").toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("nml posterior: emulatorDirectory: found "), run.err());
  }

  @Test
  void testReport_missingStudyExitsOne() {
    CliRun run = CliRun.of("report", "--study-directory", dir.toString(), "--study", " ");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("nml report: study: found"), run.err());
  }
}
