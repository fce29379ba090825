package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CompareStudiesCommand}. */
class CompareStudiesCommandTest {

  @TempDir Path dir;

  private void study(Path root, String emulatorJson, String runInfo) throws IOException {
    Files.createDirectories(root.resolve("emulator"));
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("emulator/emulator.json"), emulatorJson);
    Files.writeString(root.resolve("emulator/run-info.json"), runInfo);
    Files.writeString(root.resolve("data/samples.csv"), "sample_id,nucleus\n0,16O\n");
  }

  @Test
  void testCall_identicalButForRunInfo_exitsZeroAndSaysIdentical() throws IOException {
    study(dir.resolve("a"), "{\"seed\": 1}", "{\"threads\": 1}");
    study(dir.resolve("b"), "{\"seed\": 1}", "{\"threads\": 2, \"host\": \"elsewhere\"}");
    CliRun run = CliRun.of("compare-studies", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("identical emulator/emulator.json"), run.out());
    assertTrue(run.out().contains("2 files compared (run-info files skipped): 2 identical, 0 different"), run.out());
  }

  @Test
  void testCall_differentJson_exitsFiveNamingTheKey() throws IOException {
    study(dir.resolve("a"), "{\"seed\": 1, \"training\": {\"wall_time\": 3.5}}", "{}");
    study(dir.resolve("b"), "{\"seed\": 1, \"training\": {\"wall_time\": 4.0}}", "{}");
    CliRun run = CliRun.of("compare-studies", "--differences-only", dir.resolve("a").toString(),
        dir.resolve("b").toString());
    assertEquals(ExitCodes.OUTPUTS_DIFFER, run.exitCode());
    assertEquals("DIFFERENT emulator/emulator.json: training.wall_time: 3.5 vs 4.0\n"
        + "2 files compared (run-info files skipped): 1 identical, 1 different\n", run.out().replace("\r", ""));
  }

  @Test
  void testCall_missingDirectory_isInvalidInputNamingIt() throws IOException {
    study(dir.resolve("a"), "{}", "{}");
    CliRun run = CliRun.of("compare-studies", dir.resolve("a").toString(), dir.resolve("none").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("none"), run.err());
  }
}
