package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code contract of {@code nml} (docs/configuration.md): usage errors, invalid input and the
 * physics' "no answer" have distinct codes in every command, the table is in every command's help,
 * and a missing input file is one line naming it, never a stack trace.
 */
class ExitCodesTest {

  @TempDir Path dir;

  @Test
  void testCodes_areDistinct() {
    List<Integer> codes = List.of(ExitCodes.OK, ExitCodes.INVALID_INPUT, ExitCodes.NO_ANSWER,
        ExitCodes.FAILED_RESULT, ExitCodes.FILE_ERROR, ExitCodes.OUTPUTS_DIFFER, ExitCodes.CLUSTER_ERROR, ExitCodes.USAGE_ERROR,
        ExitCodes.INTERNAL_ERROR, ExitCodes.INTERRUPTED);
    assertEquals(codes.size(), codes.stream().distinct().count(), codes.toString());
    assertEquals(codes.size(), ExitCodes.helpList().size());
  }

  @Test
  void testUsageError_exits64InEveryCommandNamingTheOption() {
    for (String command : commands()) {
      CliRun run = CliRun.of(command, "--no-such-option");
      assertEquals(ExitCodes.USAGE_ERROR, run.exitCode(), command + ": " + run.err());
      assertTrue(run.err().contains("Usage: nml " + command), command + ": " + run.err());
    }
    assertEquals(ExitCodes.USAGE_ERROR, CliRun.of("no-such-command").exitCode());
  }

  @Test
  void testUsageError_isNotInvalidInputNorNoAnswer() {
    assertEquals(ExitCodes.USAGE_ERROR, CliRun.of("couplings").exitCode(), "missing required option");
    assertEquals(ExitCodes.USAGE_ERROR, CliRun.of("generate", "--samples", "many", "--output", "x").exitCode(),
        "malformed number");
    assertEquals(ExitCodes.INVALID_INPUT, CliRun.of("couplings", "--nmp", "{\"rho0\":-1}").exitCode());
    CliRun noCouplings = CliRun.of("couplings", "--nmp", "{\"rho0\":0.1482,\"E0\":-15.789,\"K0\":205.889,"
        + "\"Q0\":-1374.928,\"mstar_over_m\":0.581,\"J0\":20.326,\"L0\":29.328}");
    assertEquals(ExitCodes.NO_ANSWER, noCouplings.exitCode(), noCouplings.err());
  }

  @Test
  void testHelp_everyCommandListsTheExitCodesWithoutAFormatWarning() {
    // picocli reports a help string it cannot format (an unescaped %) on System.err, not the command's err
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String command : commands()) {
        assertHelp(command);
      }
    } finally {
      System.setErr(systemErr);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  private static void assertHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertEquals(0, run.exitCode(), command);
    assertTrue(run.out().contains("Exit codes:"), command + ": " + run.out());
    assertTrue(run.out().contains("64:") && run.out().contains("usage error"), command + ": " + run.out());
    assertTrue(run.out().contains("2:") && run.out().contains("no couplings"), command + ": " + run.out());
    assertEquals("", run.err(), command);
  }

  /** Every command given a missing input: one line on stderr naming the file, no stack trace. */
  @Test
  void testMissingFile_isOneLineNamingItInEveryCommand() {
    String missing = dir.resolve("missing-input").toString();
    String out = dir.resolve("out").toString();
    Map<String, String[]> runs = new LinkedHashMap<>();
    runs.put("couplings", new String[] {"couplings", "--nmp", missing});
    runs.put("matter", new String[] {"matter", "--couplings", missing});
    runs.put("solve", new String[] {"solve", "--nucleus", "16O", "--couplings", missing});
    runs.put("solve batch", new String[] {"solve", "--input", missing, "--nuclei", "16O", "--output", out});
    runs.put("generate", new String[] {"generate", "--merge", "--merge-from", missing, "--output", out});
    runs.put("train", new String[] {"train", "--data", missing, "--output", out});
    runs.put("validate", new String[] {"validate", "--emulator", missing, "--data", missing, "--output", out});
    runs.put("posterior", new String[] {"posterior", "--emulator", missing, "--output", out});
    runs.put("report", new String[] {"report", "--study-directory", missing, "--study", "g:a:1"});
    runs.put("dataset", new String[] {"dataset", "--table", "ame2020=ame2020:" + missing, "--feature-sets",
        "huang-III", "--split", "random(0.2, 0.1)", "--output", out});
    runs.put("train-masses", new String[] {"train-masses", "--model",
        "id=A-III,dataset=" + missing + ",featureSet=huang-III,hidden=8", "--output", out});
    runs.put("validate-masses", new String[] {"validate-masses", "--model",
        "id=A-III,dataset=" + missing + ",featureSet=huang-III,hidden=8", "--models-dir", missing, "--output", out});
    runs.put("predict-masses", new String[] {"predict-masses", "--mass-model", missing, "--nuclei", "208Pb",
        "--output", out});
    runs.put("report-masses", new String[] {"report-masses", "--model",
        "id=A-III,dataset=" + missing + ",featureSet=huang-III,hidden=8", "--models-dir", missing,
        "--validation-dir", missing, "--output", dir.resolve("report.html").toString()});
    runs.put("compare-studies", new String[] {"compare-studies", missing, out});
    assertTrue(runs.keySet().containsAll(commands()), "every command is tried: " + commands());
    for (Map.Entry<String, String[]> r : runs.entrySet()) {
      CliRun run = CliRun.of(r.getValue());
      String what = r.getKey() + " -> " + run.exitCode() + ": " + run.err();
      assertTrue(run.exitCode() == ExitCodes.INVALID_INPUT || run.exitCode() == ExitCodes.FILE_ERROR, what);
      // one error line; a step may have printed its status line ("nml:generate must run: ..") before
      String prefix = "nml " + r.getValue()[0] + ": ";
      assertEquals(1, run.err().lines().filter(l -> l.startsWith(prefix)).count(), what);
      assertTrue(run.err().lines().allMatch(l -> l.startsWith(prefix) || l.startsWith("nml:")), what);
      assertTrue(run.err().contains("missing-input"), what);
      assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), what);
    }
  }

  private static List<String> commands() {
    List<String> names = new ArrayList<>(NmlCommand.commandLine().getSubcommands().keySet());
    names.remove("help");
    return names;
  }
}
