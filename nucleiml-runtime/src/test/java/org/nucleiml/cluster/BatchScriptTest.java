package org.nucleiml.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link BatchScript}, {@link SlurmOptions} and the array-index notation. */
class BatchScriptTest {

  private static final ArrayJob JOB = new ArrayJob("generate", Path.of("/shared/run/slurm/generate"), 8,
      List.of("java", "-cp", "/a b/x.jar", "Main", "--shard", ArrayJob.TASK, "--out=/o/shard-{task}/x"),
      List.of("java", "Main", "--merge"), i -> false);

  @Test
  void command_quotesEveryWordAndSubstitutesTheTaskIndex() {
    assertEquals("'java' '-cp' '/a b/x.jar' 'Main' '--shard' \"$task\" '--out=/o/shard-'\"$task\"'/x'",
        BatchScript.command(JOB.taskCommand()));
    assertEquals("'it'\\''s'", BatchScript.quote("it's"));
  }

  @Test
  void tasks_carriesResourcesAndWritesTheExitStatusAtomically() {
    SlurmOptions options = new SlurmOptions(Optional.of("batch"), Optional.of("nuclear"), Optional.of("02:00:00"),
        4, Optional.of("8G"), 3, List.of("--qos=short"), true, true, Duration.ofSeconds(5));
    String script = BatchScript.tasks(JOB, options);
    for (String line : List.of("#!/bin/bash", "#SBATCH --job-name=nml-generate",
        "#SBATCH --output=/shared/run/slurm/generate/logs/task-%a.log", "#SBATCH --cpus-per-task=4",
        "#SBATCH --partition=batch", "#SBATCH --account=nuclear", "#SBATCH --time=02:00:00",
        "#SBATCH --mem=8G", "#SBATCH --qos=short", "task=\"$SLURM_ARRAY_TASK_ID\"",
        "rm -f '/shared/run/slurm/generate/status'/task-$task.exit", "rc=$?", "exit \"$rc\"")) {
      assertTrue(script.lines().anyMatch(line::equals), () -> "missing line " + line + " in\n" + script);
    }
    assertTrue(script.contains("> '/shared/run/slurm/generate/status'/task-$task.exit.part && mv -f"));
    String merge = BatchScript.merge(JOB, SlurmOptions.DEFAULT);
    assertTrue(merge.contains("#SBATCH --output=/shared/run/slurm/generate/logs/merge.log\n"));
    assertTrue(merge.contains("'java' 'Main' '--merge'\n"));
  }

  @Test
  void indices_compressRuns() {
    assertEquals("0-3,5,7-8", SlurmArrayRun.indices(List.of(0, 1, 2, 3, 5, 7, 8)));
    assertEquals("4", SlurmArrayRun.indices(List.of(4)));
    assertEquals("", SlurmArrayRun.indices(List.of()));
  }

  @Test
  void options_nameTheParameterThatIsWrong() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new SlurmOptions(
        Optional.empty(), Optional.empty(), Optional.of("two hours"), 1, Optional.empty(), 0, List.of(), true,
        true, Duration.ofSeconds(1)));
    assertEquals("slurm.timeLimit", e.parameter());
    assertEquals("slurm.cpusPerTask", assertThrows(InvalidParameterException.class, () -> new SlurmOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(), 0, List.of(), true, true,
        Duration.ofSeconds(1))).parameter());
    assertEquals("slurm.extraOptions", assertThrows(InvalidParameterException.class, () -> new SlurmOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), 1, Optional.empty(), 0, List.of("--array=0-3"),
        true, true, Duration.ofSeconds(1))).parameter());
    assertEquals("slurm.memory", assertThrows(InvalidParameterException.class, () -> new SlurmOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), 1, Optional.of("lots"), 0, List.of(), true, true,
        Duration.ofSeconds(1))).parameter());
  }
}
