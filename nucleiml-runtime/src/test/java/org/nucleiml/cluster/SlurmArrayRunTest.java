package org.nucleiml.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs small job arrays on a real Slurm (the one-node cluster of {@code .ci/slurm-up}). Skipped where
 * no {@code sbatch} is installed, unless {@code NML_SLURM_REQUIRED} is set, as CI does: there a
 * missing cluster fails the build instead of skipping.
 */
class SlurmArrayRunTest {

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  @BeforeAll
  static void requireSlurm() throws Exception {
    SlurmTestCluster.require();
  }

  private SlurmArrayRun engine() {
    return new SlurmArrayRun(new SlurmOptions(Optional.empty(), Optional.empty(), Optional.of("5"), 1,
        Optional.empty(), 2, List.of(), true, true, Duration.ofMillis(200)), log::add);
  }

  private ArrayJob job(int tasks, String taskScript) {
    Path out = dir.resolve("out");
    return new ArrayJob("test", dir.resolve("slurm"), tasks,
        List.of("/bin/sh", "-c", "mkdir -p '" + out + "' && " + taskScript),
        List.of("/bin/sh", "-c", "cat '" + out + "'/piece-* > '" + dir.resolve("merged.txt") + "'"),
        i -> Files.exists(out.resolve("piece-" + i)));
  }

  @Test
  void arrayAndMerge_produceEveryPieceOnce() throws Exception {
    ArrayJob job = job(4, "echo piece {task} > '" + dir.resolve("out") + "/piece-{task}'");
    SlurmArrayRun.Submission s = engine().run(job);
    assertEquals(List.of(0, 1, 2, 3), s.tasks());
    assertEquals("piece 0\npiece 1\npiece 2\npiece 3\n", Files.readString(dir.resolve("merged.txt")));
    assertTrue(s.arrayJob().isPresent() && s.mergeJob().isPresent());

    // A lost piece is the only one resubmitted.
    Files.delete(dir.resolve("out").resolve("piece-2"));
    Files.delete(dir.resolve("merged.txt"));
    SlurmArrayRun.Submission again = engine().run(job);
    assertEquals(List.of(2), again.tasks());
    assertEquals("piece 0\npiece 1\npiece 2\npiece 3\n", Files.readString(dir.resolve("merged.txt")));
  }

  @Test
  void failedTask_isNamedWithItsExitCodeAndLog() throws IOException {
    ArrayJob job = job(3, "if [ {task} = 1 ]; then echo 'no couplings for this piece' >&2; exit 3; fi; "
        + "echo ok > '" + dir.resolve("out") + "/piece-{task}'");
    TaskFailedException e = assertThrows(TaskFailedException.class, () -> engine().run(job));
    assertTrue(e.getMessage().startsWith("slurm task 1 of array job "), e.getMessage());
    assertTrue(e.getMessage().contains("(exit code 3); log: " + job.taskLog(1)), e.getMessage());
    assertTrue(e.getMessage().contains("no couplings for this piece"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("merged.txt")), "the merge must not run after a failed task");
    assertTrue(Files.exists(dir.resolve("out").resolve("piece-0")) && Files.exists(dir.resolve("out").resolve("piece-2")));
  }

  @Test
  void submitFalse_writesTheScriptsOnly() throws Exception {
    ArrayJob job = job(2, "echo x > '" + dir.resolve("out") + "/piece-{task}'");
    SlurmArrayRun.Submission s = new SlurmArrayRun(new SlurmOptions(Optional.empty(), Optional.empty(),
        Optional.empty(), 1, Optional.empty(), 0, List.of(), false, true, Duration.ofSeconds(1)), log::add).run(job);
    assertTrue(s.arrayJob().isEmpty());
    assertTrue(Files.isExecutable(job.directory().resolve("tasks.sbatch")));
    assertTrue(Files.exists(job.directory().resolve("merge.sbatch")));
    assertFalse(Files.exists(dir.resolve("out")));
    assertTrue(log.get(log.size() - 1).contains("sbatch --array=0-1 "), log.toString());
  }
}
