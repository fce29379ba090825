package org.nucleiml.cli;

import org.nucleiml.RuntimeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nml} command line: the same runtime API the Maven goals use, one subcommand per task.
 *
 * <p>Exit codes ({@link ExitCodes}, listed at the foot of every command's help): 0 success, 1 invalid
 * input, 2 no answer for valid input (no couplings, no saturation, not converged), 3 a missed gate or
 * a posterior without a finite start, 4 a file error, 5 compare-studies found a difference, 64 a
 * usage error, 70 an internal error (with its stack trace), 130 interrupted;
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
    CommandLine cli = new CommandLine(new NmlCommand()).setExecutionExceptionHandler(new CliExceptionHandler());
    exitCodes(cli);
    return cli;
  }

  /** One exit code for usage errors and the same exit-code table in every command's help. */
  private static void exitCodes(CommandLine command) {
    command.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE_ERROR);
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.helpList());
    command.getSubcommands().values().forEach(NmlCommand::exitCodes);
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
