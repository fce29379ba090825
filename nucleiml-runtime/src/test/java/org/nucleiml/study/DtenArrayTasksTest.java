package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.cluster.SlurmTestCluster;
import org.nucleiml.study.config.DtenModelEntry;

/**
 * DTEN ensembles trained one member network per array task: the tasks and the merge give the bytes of a
 * local run (directly, and as a real Slurm array on the cluster of {@code .ci/slurm-up}, skipped without
 * sbatch unless NML_SLURM_REQUIRED is set); a merge with a member missing fails naming it; a re-run
 * resubmits only the lost member; the CLI form of a model reads back to the same model.
 */
class DtenArrayTasksTest {

  @TempDir static Path shared;
  private static Path chart;
  private static Path local;

  private static List<DtenModelEntry> models() {
    return List.of(DtenModelEntry.of("rho", chart, "exp", 1.0, "lite", null, 2, 7L, 3, 5, null, 4, null, null),
        DtenModelEntry.of("x", chart, "rmf", 0.0, "lite", "shell-only", 1, 7L, 3, 5, null, 4, null, null));
  }

  private static DtenTrainStep step(Path out, List<String> log) {
    return new DtenTrainStep(models(), out, 1, log::add, Duration.ofMinutes(1));
  }

  @BeforeAll
  static void localRun() throws Exception {
    chart = DtenTestChart.write(shared);
    local = shared.resolve("local");
    step(local, new ArrayList<>()).run(Optional.empty());
  }

  private static void assertSameAsLocal(Path out) throws Exception {
    List<String> names;
    try (Stream<Path> s = Files.list(local)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("run-info.json")
          && !n.startsWith("nml-")).sorted().toList();
    }
    assertTrue(names.contains("mass-model.zip") && names.contains("rho.member-1.json") && names.contains("x.ensemble.json"),
        names.toString());
    for (String f : names) {
      assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  @Test
  void testTasksAndMerge_giveTheLocalRunsBytes() throws Exception {
    Path out = shared.resolve("tasks");
    MemberOutputs members = new MemberOutputs(shared.resolve("members"));
    List<String> log = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      step(out, log).trainTask(k, members);
    }
    assertTrue(log.stream().anyMatch(l -> l.contains("trained rho member 1 (task 1)")), log.toString());
    step(out, log).trainTask(2, members);
    assertTrue(log.stream().anyMatch(l -> l.contains("x member 0 is up to date")), log.toString());
    assertEquals(StepRunner.Outcome.RAN, step(out, log).merge(members));
    assertSameAsLocal(out);
    assertTrue(!Files.exists(out.resolve(DtenTrainStep.WORK)), "work directory removed after the merge");

    InvalidParameterException range = assertThrows(InvalidParameterException.class,
        () -> step(out, log).trainTask(3, members));
    assertTrue(range.getMessage().startsWith("member: found 3, expected a task index in [0, 2]"), range.getMessage());

    Files.delete(members.directory(1).resolve(MemberOutputs.MARKER));
    Path again = shared.resolve("again");
    InvalidParameterException missing = assertThrows(InvalidParameterException.class,
        () -> step(again, log).merge(members));
    assertTrue(missing.getMessage().startsWith("member 1 (model rho member 1): found "), missing.getMessage());
    assertTrue(!Files.exists(again.resolve(DtenTrainStep.WORK)), "nothing written before the check");
  }

  @Test
  void testOption_readsBackToTheSameModel() {
    for (DtenModelEntry m : models()) {
      DtenModelEntry back = DtenModelEntry.parse(m.option());
      assertEquals(m.describe(), back.describe());
      assertEquals(m.chart().toAbsolutePath().normalize(), back.chart());
      assertEquals(m.id(), back.id());
    }
  }

  @Test
  void testSlurmArray_oneTaskPerMember_equalsTheLocalRun_andReRunsOnlyTheLostMember() throws Exception {
    SlurmTestCluster.require();
    Path out = shared.resolve("slurm-out");
    Path slurmDir = shared.resolve("slurm");
    List<String> log = new ArrayList<>();
    assertEquals(StepRunner.Outcome.RAN, slurm(out, slurmDir, log));
    assertTrue(log.contains("slurm train-masses: 3 of 3 tasks to run (array 0-2); scripts in " + slurmDir), log.toString());
    assertSameAsLocal(out);
    assertEquals(StepRunner.Outcome.UP_TO_DATE, slurm(out, slurmDir, log));

    MemberOutputs members = new MemberOutputs(slurmDir.resolve("members"));
    Files.delete(members.directory(1).resolve(MemberOutputs.MARKER));
    Files.delete(out.resolve(MassTrainStep.ZIP));
    log.clear();
    assertEquals(StepRunner.Outcome.RAN, slurm(out, slurmDir, log));
    assertTrue(log.contains("slurm train-masses: 1 of 3 tasks to run (array 1); scripts in " + slurmDir), log.toString());
    assertSameAsLocal(out);
  }

  private static StepRunner.Outcome slurm(Path out, Path slurmDir, List<String> log) throws Exception {
    return new SlurmMassTraining(step(out, log).slurmPlan(), out, slurmDir, SlurmTestCluster.trainingOptions(),
        Optional.empty(), log::add, dir -> SlurmTestCluster.javaCommand()).run();
  }
}
