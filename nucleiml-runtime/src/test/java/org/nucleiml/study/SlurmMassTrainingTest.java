package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.cluster.SlurmTestCluster;
import org.nucleiml.files.ContentHash;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.MassModelEntry;

/**
 * Mass models trained as a real Slurm job array (the one-node cluster of {@code .ci/slurm-up}; skipped
 * without sbatch unless NML_SLURM_REQUIRED is set) are byte-identical to the local run, and a re-run
 * after a lost member resubmits that model only.
 */
class SlurmMassTrainingTest {

  @TempDir static Path tmp;
  private static List<MassModelEntry> models;

  @BeforeAll
  static void slurmAndData() throws Exception {
    SlurmTestCluster.require();
    Path small = tmp.resolve("small");
    new DatasetStep(DatasetConfig.builder().selection(new Selection(20, true, 20, true, 30, true, 100.0))
        .featureSet("huang-I").featureSet("huang-III").baseline("ws4").split("random(0.2, 0.1)").outputDirectory(small)
        .build(), s -> { }).run(Optional.empty());
    models = List.of(MassModelEntry.parse("id=S-I,dataset=" + small + ",featureSet=huang-I,hidden=8/4,epochs=30"),
        MassModelEntry.parse("id=S-III,dataset=" + small + ",featureSet=huang-III,hidden=8/4,epochs=30"));
  }

  private static StepRunner.Outcome slurm(Path out, List<String> log) throws Exception {
    return new SlurmMassTraining(SlurmMassTraining.fcnn(new MassTrainStep(models, out, 21, 21, 1, log::add), out, 21, 21),
        out, tmp.resolve("slurm"), SlurmTestCluster.trainingOptions(), Optional.empty(), log::add,
        dir -> SlurmTestCluster.javaCommand()).run();
  }

  @Test
  void arrayOfModels_equalsTheLocalRun_andAReRunTrainsOnlyTheLostModel() throws Exception {
    Path local = tmp.resolve("local");
    new MassTrainStep(models, local, 21, 21, 2, s -> { }).run(Optional.empty());
    Path out = tmp.resolve("models");
    List<String> log = new ArrayList<>();
    assertEquals(StepRunner.Outcome.RAN, slurm(out, log));
    assertTrue(log.contains("slurm train-masses: 2 of 2 tasks to run (array 0-1); scripts in " + tmp.resolve("slurm")),
        log.toString());
    List<String> files = List.of("S-I.model.json", "S-III.model.json", "S-I.curve.csv", "S-III.curve.csv",
        MassTrainStep.MASS_TABLE, MassTrainStep.INDEX, MassTrainStep.ZIP);
    for (String f : files) {
      assertEquals(ContentHash.of(local.resolve(f)), ContentHash.of(out.resolve(f)), f);
    }
    assertEquals(StepRunner.Outcome.UP_TO_DATE, slurm(out, log));

    // model 1's member lost its marker (a task killed before the end) and the outputs are gone
    MemberOutputs members = new MemberOutputs(tmp.resolve("slurm").resolve("members"));
    Files.delete(members.directory(1).resolve(MemberOutputs.MARKER));
    Files.delete(out.resolve(MassTrainStep.ZIP));
    log.clear();
    assertEquals(StepRunner.Outcome.RAN, slurm(out, log));
    assertTrue(log.contains("slurm train-masses: 1 of 2 tasks to run (array 1); scripts in " + tmp.resolve("slurm")),
        log.toString());
    for (String f : files) {
      assertEquals(ContentHash.of(local.resolve(f)), ContentHash.of(out.resolve(f)), f);
    }
  }
}
