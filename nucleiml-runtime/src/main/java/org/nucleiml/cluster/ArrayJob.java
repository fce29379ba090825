package org.nucleiml.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.nucleiml.InvalidParameterException;

/**
 * A step split into independent tasks for a job array, and the merge that joins their outputs.
 *
 * @param name the step's name, used in job names and messages (e.g. {@code generate})
 * @param directory where the scripts, logs and exit statuses go (on a file system the nodes share)
 * @param tasks the number of tasks; task {@code i} is array index {@code i}
 * @param taskCommand the command of one task; the word {@value #TASK} stands for its index
 * @param mergeCommand the command of the merge job, run after every task succeeded
 * @param complete whether task {@code i}'s output is already complete and valid (then it is not submitted)
 */
public record ArrayJob(String name, Path directory, int tasks, List<String> taskCommand,
    List<String> mergeCommand, IntPredicate complete) {

  /** Placeholder for the array index in {@link #taskCommand}. */
  public static final String TASK = "{task}";

  /** Checks the shape of the job. */
  public ArrayJob {
    if (tasks < 1) {
      throw new InvalidParameterException(name + " tasks", tasks, "an integer >= 1");
    }
    if (taskCommand.isEmpty() || mergeCommand.isEmpty()) {
      throw new InvalidParameterException(name + " command", taskCommand.isEmpty() ? "no task command"
          : "no merge command", "a command for the tasks and one for the merge");
    }
    taskCommand = List.copyOf(taskCommand);
    mergeCommand = List.copyOf(mergeCommand);
    directory = directory.toAbsolutePath().normalize();
  }

  /**
   * A job whose tasks and merge run the {@code nml} CLI from the runtime jars, staged into
   * {@code directory/lib} (so the nodes need neither Maven nor a network).
   *
   * @param taskArguments the command and options of one task, e.g. {@code generate ... --shard {task}}
   * @param mergeArguments the command and options of the merge job
   */
  public static ArrayJob ofCli(String name, Path directory, int tasks, List<String> taskArguments,
      List<String> mergeArguments, IntPredicate complete) throws IOException {
    return ofCli(name, directory, tasks, RuntimeJars.stageCommand(directory.resolve("lib")), taskArguments,
        mergeArguments, complete);
  }

  /**
   * A job whose tasks and merge run the {@code nml} CLI through {@code java}, a command such as
   * {@link RuntimeJars#stageCommand} returns (tests give their own class path).
   */
  public static ArrayJob ofCli(String name, Path directory, int tasks, List<String> java, List<String> taskArguments,
      List<String> mergeArguments, IntPredicate complete) {
    List<String> task = new ArrayList<>(java);
    task.addAll(taskArguments);
    List<String> merge = new ArrayList<>(java);
    merge.addAll(mergeArguments);
    return new ArrayJob(name, directory, tasks, task, merge, complete);
  }

  /** The log of task {@code i}. */
  public Path taskLog(int task) {
    return directory.resolve("logs").resolve("task-" + task + ".log");
  }

  /** The log of the merge job. */
  public Path mergeLog() {
    return directory.resolve("logs").resolve("merge.log");
  }

  /** The exit status file task {@code i} writes when its command ends. */
  public Path taskStatus(int task) {
    return directory.resolve("status").resolve("task-" + task + ".exit");
  }

  /** The exit status file of the merge job. */
  public Path mergeStatus() {
    return directory.resolve("status").resolve("merge.exit");
  }
}
