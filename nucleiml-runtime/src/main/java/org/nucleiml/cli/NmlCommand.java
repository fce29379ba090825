package org.nucleiml.cli;

import org.nucleiml.RuntimeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nml} command line: the same runtime API the Maven goals use, one subcommand per task.
 *
 * <p>Exit codes: 0 success, 1 invalid input (the message names the field and what is allowed),
 * 2 a well-defined negative physics answer (for example "no couplings exist"), 3 a missed gate or a
 * posterior without a finite start, 4 a file error, 70 an internal error (with its stack trace);
 * {@link CliExceptionHandler} maps every failure in one place.
 */
@Command(
    name = "nml",
    mixinStandardHelpOptions = true,
    versionProvider = NmlCommand.Version.class,
    description = "NucleiML: RMF physics, emulator and Bayesian inference for finite nuclei.",
    subcommands = {CommandLine.HelpCommand.class, CouplingsCommand.class, MatterCommand.class,
        SolveCommand.class, GenerateCommand.class, TrainCommand.class, ValidateCommand.class,
        PosteriorCommand.class, ReportCommand.class, DatasetCommand.class, TrainMassesCommand.class,
        ValidateMassesCommand.class, PredictMassesCommand.class, ReportMassesCommand.class,
        CompareStudiesCommand.class})
public final class NmlCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    return new CommandLine(new NmlCommand()).setExecutionExceptionHandler(new CliExceptionHandler());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Prints the runtime version recorded in the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"nml " + RuntimeVersion.get()};
    }
  }
}
