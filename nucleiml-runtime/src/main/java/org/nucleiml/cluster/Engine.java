package org.nucleiml.cluster;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nucleiml.InvalidParameterException;

/**
 * Where a step's independent pieces run, shared by every step that has them (the shards of
 * nml:generate, the models of nml:train-masses, later the members of an ensemble): {@code local}, this
 * machine, or {@code slurm}, one array task per piece and a merge job. Goals and commands map their
 * {@code engine}, {@code slurm*} parameters and options onto this one type; the outputs never depend on it.
 *
 * @param slurm true for the Slurm engine
 * @param options resources and submit/wait behaviour of the Slurm engine (unused when local)
 * @param directory scripts, logs, staged jars and piece outputs of the Slurm engine, or empty for the
 *     default {@code <output directory>/../slurm/<goal>}
 */
public record Engine(boolean slurm, SlurmOptions options, Optional<Path> directory) {

  /** The default engine's name. */
  public static final String DEFAULT = "local";

  /** This machine. */
  public static final Engine LOCAL = new Engine(false, SlurmOptions.DEFAULT, Optional.empty());

  /** Checks the parts. */
  public Engine {
    Objects.requireNonNull(options, "options");
    directory = directory == null ? Optional.empty() : directory;
  }

  /**
   * The engine named {@code name} ({@code local} or {@code slurm}, any case; null means local).
   *
   * @param options the Slurm options, used only by the Slurm engine
   * @param directory the Slurm engine's directory, or null for the default
   * @throws InvalidParameterException naming {@code engine} for any other name
   */
  public static Engine of(String name, SlurmOptions options, Path directory) {
    return new Engine(isSlurm(name), options, Optional.ofNullable(directory));
  }

  /** Whether {@code name} names the Slurm engine; checks the name ({@code engine}: local or slurm). */
  public static boolean isSlurm(String name) {
    return switch (name == null ? DEFAULT : name.trim().toLowerCase(Locale.ROOT)) {
      case "local" -> false;
      case "slurm" -> true;
      default -> throw new InvalidParameterException("engine", name, "local or slurm");
    };
  }

  /** The Slurm engine's directory for a goal writing into {@code outputDirectory}. */
  public Path directory(Path outputDirectory, String goal) {
    return directory.orElseGet(() -> outputDirectory.toAbsolutePath().normalize().resolveSibling("slurm").resolve(goal))
        .toAbsolutePath().normalize();
  }
}
