package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.cli.NmlCommand;
import picocli.CommandLine;

/** Tests for {@link org.nucleiml.cli.TrainCommand}. */
class TrainCommandTest {

  @TempDir Path dir;

  @Test
  void testTrain_printsJsonSummaryAndWritesArtifact() throws Exception {
    Path data = SyntheticSamples.write(dir.resolve("samples.csv"), 120, 4L);
    StringWriter out = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int code = cli.execute("train", "--data", data.toString(), "--output", dir.resolve("emu").toString(),
        "--epochs", "1", "--threads", "2");
    assertEquals(0, code, out.toString());
    assertTrue(out.toString().contains("\"withinOnePercent\""), out.toString());
    assertTrue(Files.exists(dir.resolve("emu/emulator.json")));
    assertTrue(Files.exists(dir.resolve("emu.zip")));
    // The exact coupling filter is on by default, as in nml:train.
    assertTrue(out.toString().contains("\"couplingPrefilter\" : true"), out.toString());
  }

  @Test
  void testTrain_noExactCouplingFilterLearnsEveryRow() throws Exception {
    Path data = SyntheticSamples.write(dir.resolve("samples.csv"), 60, 4L);
    StringWriter out = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int code = cli.execute("train", "--data", data.toString(), "--output", dir.resolve("emu").toString(),
        "--epochs", "1", "--no-exact-coupling-filter");
    assertEquals(0, code, out.toString());
    assertTrue(out.toString().contains("\"couplingPrefilter\" : false"), out.toString());
  }

  @Test
  void testTrain_badThreadsExitsOneNamingTheParameter() {
    StringWriter err = new StringWriter();
    CommandLine cli = NmlCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("train", "--data", "x.csv", "--output", dir.resolve("e").toString(), "--threads", "-1");
    assertEquals(1, code);
    assertTrue(err.toString().contains("threads: found -1"), err.toString());
  }
}
