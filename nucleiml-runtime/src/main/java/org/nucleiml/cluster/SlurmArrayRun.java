package org.nucleiml.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.nucleiml.ProgressMeter;
import org.nucleiml.files.AtomicFiles;

/**
 * Runs an {@link ArrayJob} on Slurm: writes the array and merge scripts, submits only the tasks whose
 * output is not complete yet (so a re-run after a failed, cancelled or timed-out task resubmits just
 * those), chains the merge with {@code --dependency=afterok}, waits with progress lines, and fails
 * naming the first failed task and its log. Interrupting the wait cancels the submitted jobs.
 */
public final class SlurmArrayRun {

  /** What a run submitted: array indices and job ids (empty when only the scripts were written). */
  public record Submission(List<Integer> tasks, Optional<String> arrayJob, Optional<String> mergeJob) {}

  private static final String SUBMITTED = "submitted-jobs.txt";

  private final SlurmOptions options;
  private final Consumer<String> log;
  private final Slurm slurm = new Slurm();

  /**
   * @param options resources and submit/wait behaviour
   * @param log status and progress lines
   */
  public SlurmArrayRun(SlurmOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /** Writes the scripts and, unless {@code submit} is off, submits and (by default) waits. */
  public Submission run(ArrayJob job) throws IOException, InterruptedException {
    Path dir = job.directory();
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("status"));
    Path tasksScript = script(dir.resolve("tasks.sbatch"), BatchScript.tasks(job, options));
    Path mergeScript = script(dir.resolve("merge.sbatch"), BatchScript.merge(job, options));
    List<Integer> pending = IntStream.range(0, job.tasks()).filter(i -> !job.complete().test(i))
        .boxed().toList();
    String indices = indices(pending);
    log.accept("slurm " + job.name() + ": " + pending.size() + " of " + job.tasks() + " tasks to run"
        + (pending.isEmpty() ? "" : " (array " + indices + ")") + "; scripts in " + dir);
    if (!options.submit()) {
      log.accept("slurm " + job.name() + ": not submitted (submit=false); to run: "
          + (pending.isEmpty() ? "" : "sbatch --array=" + indices + throttle() + " " + tasksScript
          + " and then ") + "sbatch --dependency=afterok:<array job id> " + mergeScript);
      return new Submission(pending, Optional.empty(), Optional.empty());
    }
    refuseWhileEarlierJobsRun(job);
    for (int task : pending) {
      Files.deleteIfExists(job.taskStatus(task));
    }
    Files.deleteIfExists(job.mergeStatus());
    Optional<String> array = Optional.empty();
    List<String> mergeOptions = new ArrayList<>();
    if (!pending.isEmpty()) {
      array = Optional.of(slurm.submit(List.of("--array=" + indices + throttle()), tasksScript));
      mergeOptions.add("--dependency=afterok:" + array.get());
      mergeOptions.add("--kill-on-invalid-dep=yes");
    }
    String merge = slurm.submit(mergeOptions, mergeScript);
    List<String> ids = new ArrayList<>();
    array.ifPresent(ids::add);
    ids.add(merge);
    AtomicFiles.writeString(dir.resolve(SUBMITTED), String.join("\n", ids) + "\n");
    log.accept("slurm " + job.name() + ": submitted " + array.map(a -> "array job " + a + " and ").orElse("")
        + "merge job " + merge);
    Submission submission = new Submission(pending, array, Optional.of(merge));
    if (options.await()) {
      await(job, submission, ids);
    }
    return submission;
  }

  private void await(ArrayJob job, Submission submission, List<String> ids)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    ProgressMeter meter = new ProgressMeter("slurm " + job.name() + ": tasks done", submission.tasks().size(),
        Duration.ofSeconds(10), log);
    List<Integer> open = new ArrayList<>(submission.tasks());
    try {
      while (true) {
        List<String> active = slurm.active(ids);
        List<Integer> ended = open.stream().filter(t -> Files.exists(job.taskStatus(t))).toList();
        if (!ended.isEmpty()) {
          open.removeAll(ended);
          meter.advance(ended.size(), () -> active.size() + " jobs or tasks still queued or running");
        }
        if (active.isEmpty()) {
          break;
        }
        Thread.sleep(options.pollInterval().toMillis());
      }
    } catch (InterruptedException e) {
      slurm.cancel(ids);
      log.accept("slurm " + job.name() + ": interrupted; cancelled jobs " + String.join(", ", ids));
      throw e;
    }
    String array = submission.arrayJob().orElse("");
    List<Integer> failed = new ArrayList<>();
    for (int task : submission.tasks()) {
      if (!"0".equals(status(job.taskStatus(task)))) {
        failed.add(task);
      }
    }
    if (!failed.isEmpty()) {
      int first = failed.get(0);
      String code = status(job.taskStatus(first));
      throw new TaskFailedException("task " + first + " of array job " + array
          + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more: " + indices(failed) + ")" : ""),
          code == null ? "ended without an exit status: cancelled, timed out or killed" : "exit code " + code,
          job.taskLog(first), tail(job.taskLog(first)));
    }
    String mergeCode = status(job.mergeStatus());
    if (!"0".equals(mergeCode)) {
      throw new TaskFailedException("merge job " + submission.mergeJob().orElse(""),
          mergeCode == null ? "ended without an exit status: cancelled, timed out or killed" : "exit code " + mergeCode,
          job.mergeLog(), tail(job.mergeLog()));
    }
    for (int task = 0; task < job.tasks(); task++) {
      if (!job.complete().test(task)) {
        throw new TaskFailedException("task " + task + " of array job " + array,
            "exit code 0 but its output is missing or incomplete", job.taskLog(task), tail(job.taskLog(task)));
      }
    }
    log.accept(String.format(Locale.ROOT, "slurm %s: all %d tasks and the merge succeeded, %.0f s after submission",
        job.name(), job.tasks(), (System.nanoTime() - start) / 1e9));
  }

  private void refuseWhileEarlierJobsRun(ArrayJob job) throws IOException, InterruptedException {
    Path submitted = job.directory().resolve(SUBMITTED);
    if (!Files.exists(submitted)) {
      return;
    }
    List<String> earlier = Files.readAllLines(submitted, StandardCharsets.UTF_8).stream()
        .map(String::trim).filter(s -> s.matches("\\d+")).toList();
    if (!earlier.isEmpty() && !slurm.active(earlier).isEmpty()) {
      throw new SlurmException("jobs " + String.join(", ", earlier) + " of an earlier submission of "
          + job.name() + " are still queued or running in " + job.directory()
          + "; wait for them to end or cancel them (scancel " + String.join(" ", earlier) + "), then run again");
    }
  }

  private String throttle() {
    return options.arrayThrottle() > 0 ? "%" + options.arrayThrottle() : "";
  }

  private static Path script(Path file, String text) throws IOException {
    AtomicFiles.writeString(file, text);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: sbatch reads the script itself, the mode only helps a user run it by hand.
    }
    return file;
  }

  private static String status(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.subList(Math.max(0, lines.size() - 12), lines.size()).stream()
        .map(l -> "  | " + l).collect(Collectors.joining("\n"));
  }

  /** Array indices in Slurm's compressed form, e.g. {@code 0-3,5,7-8}. */
  static String indices(List<Integer> tasks) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    while (i < tasks.size()) {
      int j = i;
      while (j + 1 < tasks.size() && tasks.get(j + 1) == tasks.get(j) + 1) {
        j++;
      }
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(tasks.get(i));
      if (j > i) {
        s.append('-').append(tasks.get(j));
      }
      i = j + 1;
    }
    return s.toString();
  }
}
