package org.nucleiml.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two sbatch scripts of an {@link ArrayJob}: the array script (one task per index) and the merge
 * script. Each writes its command's exit code to a status file when the command ends, so the engine
 * can tell a failed task (non-zero code) from one that was cancelled, timed out or killed (no code).
 * The array indices and the dependency are given on the sbatch command line, so a resubmission of
 * some tasks reuses the same script.
 */
final class BatchScript {

  private static final Pattern TASK = Pattern.compile(Pattern.quote(ArrayJob.TASK));

  private BatchScript() {}

  /** The script run by every array task. */
  static String tasks(ArrayJob job, SlurmOptions options) {
    StringBuilder s = header(job, options, "nml-" + job.name(),
        job.directory().resolve("logs").resolve("task-%a.log"));
    s.append("# NucleiML ").append(job.name()).append(": array task i runs piece i of ").append(job.tasks())
        .append(" with the runtime jar; no Maven and no network are needed here.\n");
    s.append("task=\"$SLURM_ARRAY_TASK_ID\"\n");
    body(s, command(job.taskCommand()), job.directory().resolve("status"), "task-$task");
    return s.toString();
  }

  /** The script of the merge job, submitted with a dependency on the array. */
  static String merge(ArrayJob job, SlurmOptions options) {
    StringBuilder s = header(job, options, "nml-" + job.name() + "-merge", job.mergeLog());
    s.append("# NucleiML ").append(job.name()).append(": joins the ").append(job.tasks())
        .append(" pieces into the outputs a local run writes.\n");
    body(s, command(job.mergeCommand()), job.directory().resolve("status"), "merge");
    return s.toString();
  }

  private static StringBuilder header(ArrayJob job, SlurmOptions options, String jobName, Path log) {
    StringBuilder s = new StringBuilder("#!/bin/bash\n");
    s.append("#SBATCH --job-name=").append(jobName).append('\n');
    s.append("#SBATCH --output=").append(log).append('\n');
    s.append("#SBATCH --ntasks=1\n");
    s.append("#SBATCH --cpus-per-task=").append(options.cpusPerTask()).append('\n');
    options.partition().ifPresent(p -> s.append("#SBATCH --partition=").append(p).append('\n'));
    options.account().ifPresent(a -> s.append("#SBATCH --account=").append(a).append('\n'));
    options.timeLimit().ifPresent(t -> s.append("#SBATCH --time=").append(t).append('\n'));
    options.memory().ifPresent(m -> s.append("#SBATCH --mem=").append(m).append('\n'));
    options.extraOptions().forEach(o -> s.append("#SBATCH ").append(o).append('\n'));
    s.append("set -u\n");
    return s;
  }

  private static void body(StringBuilder s, String command, Path statusDir, String statusName) {
    String status = quote(statusDir.toString()) + "/" + statusName;
    s.append("mkdir -p ").append(quote(statusDir.toString())).append('\n');
    s.append("rm -f ").append(status).append(".exit\n");
    s.append(command).append('\n');
    s.append("rc=$?\n");
    // Written then renamed, so the engine never reads a half-written status.
    s.append("echo \"$rc\" > ").append(status).append(".exit.part && mv -f ").append(status)
        .append(".exit.part ").append(status).append(".exit\n");
    s.append("exit \"$rc\"\n");
  }

  /** The command line, each word quoted for bash, {@value ArrayJob#TASK} replaced by the task index. */
  static String command(List<String> words) {
    StringBuilder s = new StringBuilder();
    for (String word : words) {
      if (s.length() > 0) {
        s.append(' ');
      }
      String[] parts = TASK.split(word, -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          s.append("\"$task\"");
        }
        if (!parts[i].isEmpty() || parts.length == 1) {
          s.append(quote(parts[i]));
        }
      }
    }
    return s.toString();
  }

  /** Single-quotes a word for bash. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
