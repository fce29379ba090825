package org.nucleiml.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Decides whether the Slurm tests run: always when NML_SLURM_REQUIRED is set, else when sbatch exists. */
public final class SlurmTestCluster {

  private SlurmTestCluster() {}

  /** Skips the calling test class, or fails it when NML_SLURM_REQUIRED is set, unless sbatch is on the PATH. */
  public static void require() {
    boolean installed = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      installed |= Files.isExecutable(Path.of(dir, "sbatch"));
    }
    String required = System.getenv("NML_SLURM_REQUIRED");
    if (required != null && !required.isBlank() && !installed) {
      throw new IllegalStateException("NML_SLURM_REQUIRED is set but sbatch is not on the PATH: run .ci/slurm-up");
    }
    assumeTrue(installed, "no Slurm here (sbatch not on the PATH); .ci/slurm-up starts a one-node cluster");
  }

  /** Options of the training steps' array tests: 5-minute tasks of one CPU, submitted and awaited, polled fast. */
  public static SlurmOptions trainingOptions() {
    return new SlurmOptions(Optional.empty(), Optional.empty(), Optional.of("5"), 1, Optional.empty(), 0, List.of(),
        true, true, Duration.ofMillis(300));
  }

  /**
   * The {@code nml} CLI started from this JVM's class path: the tests run from class directories, which
   * cannot be staged as jars.
   */
  public static List<String> javaCommand() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), RuntimeJars.MAIN_CLASS);
  }
}
