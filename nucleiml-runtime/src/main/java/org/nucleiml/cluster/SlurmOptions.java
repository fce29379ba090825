package org.nucleiml.cluster;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nucleiml.InvalidParameterException;

/**
 * How a step's job array is sized and submitted: the resources each task asks for and what the
 * engine does after writing the scripts.
 *
 * @param partition the partition ({@code --partition}), or empty for the cluster's default
 * @param account the account to charge ({@code --account}), or empty
 * @param timeLimit the time limit per task ({@code --time}, e.g. {@code 02:00:00} or {@code 1-00:00:00}), or empty
 * @param cpusPerTask CPUs per task ({@code --cpus-per-task}); a task's thread pool uses exactly these
 * @param memory memory per node ({@code --mem}, e.g. {@code 4G}), or empty
 * @param arrayThrottle the most tasks running at once ({@code --array=...%N}); 0 = no limit
 * @param extraOptions further sbatch options, each one word such as {@code --qos=short}
 * @param submit false to write the scripts only (they print how to submit them)
 * @param await true to wait for the merge job and fail when a task fails
 * @param pollInterval time between two queue queries while waiting
 */
public record SlurmOptions(Optional<String> partition, Optional<String> account, Optional<String> timeLimit,
    int cpusPerTask, Optional<String> memory, int arrayThrottle, List<String> extraOptions, boolean submit,
    boolean await, Duration pollInterval) {

  private static final Pattern TIME = Pattern.compile("(\\d+-)?\\d{1,2}(:\\d{2}){0,2}|\\d+");
  private static final Pattern MEMORY = Pattern.compile("\\d+[KMGT]?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.+-]+");

  /** One CPU per task, no limits, submit and wait, poll every 5 s. */
  public static final SlurmOptions DEFAULT = new SlurmOptions(Optional.empty(), Optional.empty(),
      Optional.empty(), 1, Optional.empty(), 0, List.of(), true, true, Duration.ofSeconds(5));

  /** Checks every value, naming the parameter ({@code slurm.*}) that is wrong. */
  public SlurmOptions {
    partition = word("slurm.partition", partition, NAME, "a partition name such as batch");
    account = word("slurm.account", account, NAME, "an account name");
    timeLimit = word("slurm.timeLimit", timeLimit, TIME, "a Slurm time such as 30, 02:00:00 or 1-00:00:00");
    memory = word("slurm.memory", memory, MEMORY, "a size such as 4096 or 4G");
    if (cpusPerTask < 1) {
      throw new InvalidParameterException("slurm.cpusPerTask", cpusPerTask, "an integer >= 1");
    }
    if (arrayThrottle < 0) {
      throw new InvalidParameterException("slurm.arrayThrottle", arrayThrottle, "an integer >= 0 (0 = no limit)");
    }
    extraOptions = List.copyOf(extraOptions);
    for (String option : extraOptions) {
      if (!option.startsWith("-") || option.chars().anyMatch(Character::isWhitespace)
          || option.startsWith("--array") || option.startsWith("--dependency") || option.startsWith("--output")) {
        throw new InvalidParameterException("slurm.extraOptions", option,
            "single sbatch options starting with - (no spaces; --array, --dependency and --output are set by nml)");
      }
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new InvalidParameterException("slurm.pollInterval", pollInterval, "a positive duration");
    }
  }

  /**
   * The options as front ends give them: null or blank text for an unset value, further sbatch options
   * comma-separated, whole seconds between queue queries (at least 1).
   */
  public static SlurmOptions of(String partition, String account, String timeLimit, int cpusPerTask, String memory,
      int arrayThrottle, String extraOptions, boolean submit, boolean await, int pollSeconds) {
    return new SlurmOptions(Optional.ofNullable(partition), Optional.ofNullable(account),
        Optional.ofNullable(timeLimit), cpusPerTask, Optional.ofNullable(memory), arrayThrottle,
        extraOptions == null ? List.of() : Arrays.stream(extraOptions.split(",")).map(String::trim)
            .filter(o -> !o.isEmpty()).toList(), submit, await, Duration.ofSeconds(Math.max(1, pollSeconds)));
  }

  private static Optional<String> word(String name, Optional<String> value, Pattern pattern, String allowed) {
    Optional<String> trimmed = value.map(String::trim).filter(s -> !s.isEmpty());
    trimmed.ifPresent(v -> {
      if (!pattern.matcher(v).matches()) {
        throw new InvalidParameterException(name, v, allowed);
      }
    });
    return trimmed;
  }
}
