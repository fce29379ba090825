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
 * The mass-model training step on a Slurm cluster: each independent piece of the step (an fcnn model, or
 * one member network of a DTEN ensemble) is array task {@code i}, trained by {@code nml train-masses
 * --member i} from the staged runtime jars into its own member directory (with a completion marker
 * holding its fingerprint and SHA-256s), and a merge job joins the pieces into the outputs of a local
 * run, byte for byte. A piece whose output is complete is not submitted again, so a re-run after a failed
 * or cancelled task trains only what is missing.
 */
public final class SlurmMassTraining {

  /**
   * What the array needs from a training step.
   *
   * @param fingerprint the whole step's fingerprint (the merged outputs are checked against it)
   * @param taskFingerprints one fingerprint per array task: what that task's output depends on
   * @param configuration the {@code nml train-masses} arguments that configure the step: models, mass-table
   *     domain, output directory (the task and merge commands add --member or --merge-from)
   */
  public record Plan(StepFingerprint fingerprint, List<String> taskFingerprints, List<String> configuration) {}

  /** Makes the plan, reading the step's inputs. */
  @FunctionalInterface
  public interface Planner {
    Plan plan() throws IOException;
  }

  private final Planner planner;
  private final Path outputDir;
  private final Path slurmDir;
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
   * @param planner the configured step's plan (its fingerprints decide what is complete)
   * @param outputDir where the merged outputs go
   * @param slurmDir scripts, logs, staged jars and member outputs (on a file system the nodes share)
   * @param options resources and submit/wait behaviour
   * @param cache the build cache, if any
   * @param log status and progress lines
   */
  public SlurmMassTraining(Planner planner, Path outputDir, Path slurmDir, SlurmOptions options,
      Optional<BuildCache> cache, Consumer<String> log) {
    this(planner, outputDir, slurmDir, options, cache, log, dir -> RuntimeJars.stageCommand(dir.resolve("lib")));
  }

  /** As above, the CLI started by {@code java} (tests run it from their class path). */
  SlurmMassTraining(Planner planner, Path outputDir, Path slurmDir, SlurmOptions options,
      Optional<BuildCache> cache, Consumer<String> log, JavaCommand java) {
    this.java = java;
    this.planner = planner;
    this.outputDir = outputDir.toAbsolutePath().normalize();
    this.slurmDir = slurmDir.toAbsolutePath().normalize();
    this.options = options;
    this.cache = cache;
    this.log = log;
  }

  /** The plan of an fcnn step: model {@code i} is task {@code i}. */
  public static Planner fcnn(MassTrainStep step, Path outputDir, int minZ, int minN) {
    return () -> {
      MassTrainStep.Inputs in = step.load();
      List<MassModelEntry> models = step.models();
      List<String> fingerprints = new ArrayList<>();
      List<String> configuration = new ArrayList<>(List.of("train-masses"));
      for (int i = 0; i < models.size(); i++) {
        fingerprints.add(step.memberFingerprint(i, in));
        configuration.add("--model");
        configuration.add(models.get(i).option());
      }
      configuration.addAll(List.of("--min-z", Integer.toString(minZ), "--min-n", Integer.toString(minN),
          "--output", outputDir.toAbsolutePath().normalize().toString()));
      return new Plan(step.fingerprint(in), fingerprints, configuration);
    };
  }

  /** Submits the pieces not yet trained, waits (unless told not to) and checks the merged outputs. */
  public StepRunner.Outcome run() throws IOException, InterruptedException {
    Plan plan = planner.plan();
    return SlurmStep.run(plan.fingerprint(), outputDir, options, cache, log, () -> job(plan));
  }

  private ArrayJob job(Plan plan) throws IOException {
    MemberOutputs members = new MemberOutputs(slurmDir.resolve("members"));
    List<String> task = new ArrayList<>(plan.configuration());
    // The task's thread pool is exactly what Slurm gave it.
    task.addAll(List.of("--member", ArrayJob.TASK, "--members-dir", members.root().toString(),
        "--threads", Integer.toString(options.cpusPerTask())));
    List<String> merge = new ArrayList<>(plan.configuration());
    merge.addAll(List.of("--merge-from", members.root().toString(), "--threads", Integer.toString(options.cpusPerTask())));
    List<String> fingerprints = plan.taskFingerprints();
    return ArrayJob.ofCli("train-masses", slurmDir, fingerprints.size(), java.get(slurmDir), task, merge,
        i -> members.complete(i, fingerprints.get(i)));
  }
}
