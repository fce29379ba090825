package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Tests for {@link NmlCommand}. */
class NmlCommandTest {

  @Test
  void testHelp_listsUsageAndExitsZero() {
    StringWriter out = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("--help");
    assertEquals(0, code);
    assertTrue(out.toString().contains("Usage: nml"), out.toString());
  }

  @Test
  void testVersion_printsRuntimeVersion() {
    StringWriter out = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--version"));
    assertTrue(out.toString().matches("(?s)nml \\d+\\.\\d+\\.\\d+.*"), out.toString());
  }

  @Test
  void testTrainHelp_epochsDefaultsAreTheNetworksDefaults() {
    CliRun run = CliRun.of("train", "--help");
    String help = run.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("default: the classifier " + org.nucleiml.emulator.NetworkConfig.CLASSIFIER.maxEpochs()
        + ", the regressor " + org.nucleiml.emulator.NetworkConfig.REGRESSOR.maxEpochs() + "."), help);
  }
}
