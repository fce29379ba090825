package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.cluster.ArrayJob;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.cluster.RuntimeJars;
import org.nucleiml.cluster.SlurmOptions;
import org.nucleiml.study.config.MassModelEntry;

/**
 * The mass-model training step on a Slurm cluster: model {@code i} is array task {@code i}, trained by
 * {@code nml train-masses --member i} from the staged runtime jars into its own member directory (with a
 * completion marker holding its fingerprint and SHA-256s), and a merge job joins the members into the
 * model files, mass-table.csv, mass-models.json and mass-model.zip of a local run, byte for byte. A model
 * whose member output is complete is not submitted again, so a re-run after a failed or cancelled task
 * trains only what is missing.
 */
public final class SlurmMassTraining {

  private final MassTrainStep step;
  private final Path outputDir;
  private final Path slurmDir;
  private final int minZ;
  private final int minN;
  private final SlurmOptions options;
  private final Optional<BuildCache> cache;
  private final Consumer<String> log;
  private final JavaCommand java;

  /** The command that starts the {@code nml} CLI on a node. */
  @FunctionalInterface
  interface JavaCommand {
    List<String> get(Path slurmDir) throws IOException;
  }

  /**
   * @param step the configured step (its fingerprints decide what is complete)
   * @param outputDir where the merged outputs go
   * @param slurmDir scripts, logs, staged jars and member outputs (on a file system the nodes share)
   * @param minZ the mass table's smallest Z, passed on to the merge
   * @param minN the mass table's smallest N
   * @param options resources and submit/wait behaviour
   * @param cache the build cache, if any
   * @param log status and progress lines
   */
  public SlurmMassTraining(MassTrainStep step, Path outputDir, Path slurmDir, int minZ, int minN,
      SlurmOptions options, Optional<BuildCache> cache, Consumer<String> log) {
    this(step, outputDir, slurmDir, minZ, minN, options, cache, log, dir -> RuntimeJars.stageCommand(dir.resolve("lib")));
  }

  /** As above, the CLI started by {@code java} (tests run it from their class path). */
  SlurmMassTraining(MassTrainStep step, Path outputDir, Path slurmDir, int minZ, int minN, SlurmOptions options,
      Optional<BuildCache> cache, Consumer<String> log, JavaCommand java) {
    this.java = java;
    this.step = step;
    this.outputDir = outputDir.toAbsolutePath().normalize();
    this.slurmDir = slurmDir.toAbsolutePath().normalize();
    this.minZ = minZ;
    this.minN = minN;
    this.options = options;
    this.cache = cache;
    this.log = log;
  }

  /** Submits the models not yet trained, waits (unless told not to) and checks the merged outputs. */
  public StepRunner.Outcome run() throws IOException, InterruptedException {
    MassTrainStep.Inputs in = step.load();
    return SlurmStep.run(step.fingerprint(in), outputDir, options, cache, log, () -> job(in));
  }

  private ArrayJob job(MassTrainStep.Inputs in) throws IOException {
    List<MassModelEntry> models = step.models();
    List<String> fingerprints = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      fingerprints.add(step.memberFingerprint(i, in));
    }
    MemberOutputs members = new MemberOutputs(slurmDir.resolve("members"));
    List<String> configuration = new ArrayList<>(List.of("train-masses"));
    for (MassModelEntry m : models) {
      configuration.add("--model");
      configuration.add(m.option());
    }
    configuration.addAll(List.of("--min-z", Integer.toString(minZ), "--min-n", Integer.toString(minN),
        "--output", outputDir.toString()));
    List<String> task = new ArrayList<>(configuration);
    // The task's thread pool is exactly what Slurm gave it.
    task.addAll(List.of("--member", ArrayJob.TASK, "--members-dir", members.root().toString(),
        "--threads", Integer.toString(options.cpusPerTask())));
    List<String> merge = new ArrayList<>(configuration);
    merge.addAll(List.of("--merge-from", members.root().toString(), "--threads", Integer.toString(options.cpusPerTask())));
    return ArrayJob.ofCli("train-masses", slurmDir, models.size(), java.get(slurmDir), task, merge,
        i -> members.complete(i, fingerprints.get(i)));
  }
}
