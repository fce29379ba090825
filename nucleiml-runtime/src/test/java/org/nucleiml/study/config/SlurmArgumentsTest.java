package org.nucleiml.study.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cli.GenerateCommand;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.nucleus.ChargeRadiusFormula;
import org.nucleiml.physics.nucleus.SolverSettings;
import picocli.CommandLine;

/**
 * A Slurm task is given the build's generate configuration as {@code nml generate} options: those
 * options must reproduce the configuration's fingerprint exactly, or the task would compute other data.
 */
class SlurmArgumentsTest {

  @TempDir Path dir;

  private static StepContext context() {
    return new StepContext(1, Optional.empty(), line -> { }, line -> { });
  }

  private static GenerateConfiguration reparse(GenerateConfiguration c, Path output) {
    List<String> args = new ArrayList<>(c.arguments());
    args.addAll(List.of("--output", output.toString()));
    GenerateCommand command = new GenerateCommand();
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    return command.configuration();
  }

  @Test
  void arguments_reproduceTheFingerprintOfTheDefaults() {
    GenerateConfiguration c = new GenerateConfiguration().outputDirectory(dir);
    assertEquals(c.step(context()).fingerprint(0, 1).digest(),
        reparse(c, dir).step(context()).fingerprint(0, 1).digest());
  }

  @Test
  void arguments_reproduceEveryNonDefaultSetting() {
    SolverSettings solver = new SolverEntry(0.1, 18.0, 500, 1e-7, "none", 11.0, 40.0, "proton-only").toSettings();
    GenerateConfiguration c = new GenerateConfiguration().samples(123).seed(7).design("sobol")
        .nuclei("16O 40Ca,208Pb").box(ParameterBox.STUDY.with("K0", 210.5, 255.25))
        .thresholdMode("absolute").threshold(35.5).radiusRelativeThreshold(0.1).chunkSize(9).solver(solver)
        .constants(new ModelConstants(500.0, 783.0, 770.0, 938.9)).outputDirectory(dir);
    String original = c.step(context()).fingerprint(0, 1).digest();
    assertNotEquals(new GenerateConfiguration().outputDirectory(dir).step(context()).fingerprint(0, 1).digest(),
        original);
    assertEquals(original, reparse(c, dir.resolve("elsewhere")).step(context()).fingerprint(0, 1).digest());
  }

  @Test
  void solverEntry_roundTripsAndRefusesWhatItCannotWrite() {
    SolverSettings s = new SolverEntry(0.12, null, 300, null, "constant-g", null, 0.0, null).toSettings();
    assertEquals(s, SolverEntry.of(s).toSettings());
    assertEquals(s, SolverEntry.parse("--solver", SolverEntry.of(s).words()).toSettings());
    assertEquals(SolverSettings.DEFAULT, new SolverEntry(null, null, null, null, null, null, null, null).toSettings());
    SolverSettings custom = new SolverSettings(0.15, 0.0, 999, 1e-6, SolverSettings.DEFAULT.pairing(),
        SolverSettings.DEFAULT.centerOfMass(), new ChargeRadiusFormula(0.5, 0.0), 16, 0.7);
    assertEquals("solver.chargeRadius", assertThrows(InvalidParameterException.class,
        () -> SolverEntry.of(custom)).parameter());
    assertEquals("--solver", assertThrows(InvalidParameterException.class,
        () -> SolverEntry.parse("--solver", List.of("mesh=0.1"))).parameter());
    assertEquals("solver.pairing", assertThrows(InvalidParameterException.class,
        () -> new SolverEntry(null, null, null, null, "bcs", null, null, null).toSettings()).parameter());
  }

  @Test
  void constantsEntry_roundTrips() {
    ModelConstants m = new ModelConstants(500.0, 783.0, 770.0, 938.9);
    assertEquals(m, ConstantsEntry.parse("--constants", ConstantsEntry.of(m).words()).toConstants());
    assertEquals(ModelConstants.STUDY, new ConstantsEntry(null, null, null, null).toConstants());
    assertEquals("constants.m_rho", assertThrows(InvalidParameterException.class,
        () -> new ConstantsEntry(null, null, -1.0, null).toConstants()).parameter());
  }

  @Test
  void engine_isLocalOrSlurm() {
    assertEquals("engine", assertThrows(InvalidParameterException.class,
        () -> org.nucleiml.cluster.Engine.of("pbs", org.nucleiml.cluster.SlurmOptions.DEFAULT, null)).parameter());
    assertTrue(org.nucleiml.cluster.Engine.isSlurm(" Slurm") && !org.nucleiml.cluster.Engine.isSlurm(null));
    // the default directory sits beside the output directory, one per goal
    assertEquals(dir.resolveSibling("slurm").resolve("train-masses").toAbsolutePath().normalize(),
        org.nucleiml.cluster.Engine.LOCAL.directory(dir, "train-masses"));
    // the commands take the goals' engine settings as options, checked before anything runs
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine nml = org.nucleiml.cli.NmlCommand.commandLine();
    nml.setErr(new java.io.PrintWriter(err));
    assertEquals(1, nml.execute("train-masses", "--engine", "slurm", "--slurm-time-limit", "two hours",
        "--model", "id=A,dataset=" + dir + ",featureSet=huang-I,hidden=4", "--output", dir.toString()));
    assertTrue(err.toString().contains("slurm.timeLimit: found two hours, expected a Slurm time"), err.toString());
  }
}
