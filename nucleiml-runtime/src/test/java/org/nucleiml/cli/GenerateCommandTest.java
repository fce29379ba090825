package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link GenerateCommand} with the real RMF physics: the data set is byte-identical for
 * one and two threads, for three merged shards, and after a kill -9 followed by a resume.
 */
class GenerateCommandTest {

  private static final List<String> RUN = List.of("generate", "--samples", "48", "--seed", "5",
      "--nuclei", "16O,40Ca,208Pb", "--chunk-size", "4");

  @TempDir static Path tmp;
  private static byte[] reference;

  @BeforeAll
  static void generateReference() throws IOException {
    assertEquals(0, run(tmp.resolve("reference"), "--threads", "1"));
    reference = Files.readAllBytes(tmp.resolve("reference").resolve("samples.csv"));
  }

  private static int run(Path out, String... extra) {
    List<String> args = new ArrayList<>(RUN);
    args.addAll(List.of("--output", out.toString()));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = NmlCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    return code;
  }

  @Test
  void testGenerate_twoThreadsGiveTheSameBytes() throws IOException {
    run(tmp.resolve("two-threads"), "--threads", "2");
    assertArrayEquals(reference, Files.readAllBytes(tmp.resolve("two-threads").resolve("samples.csv")));
  }

  @Test
  void testGenerate_threeShardsMergedGiveTheSameBytes() throws IOException {
    Path dir = tmp.resolve("shards");
    for (int s = 0; s < 3; s++) {
      run(dir, "--shard", Integer.toString(s), "--shards", "3", "--threads", "1");
    }
    run(dir, "--shards", "3", "--merge");
    assertArrayEquals(reference, Files.readAllBytes(dir.resolve("samples.csv")));
  }

  @Test
  void testGenerate_killedRunResumesToTheSameBytes() throws Exception {
    Path dir = tmp.resolve("killed");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), NmlCommand.class.getName()));
    command.addAll(RUN);
    command.addAll(List.of("--output", dir.toString(), "--threads", "1"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("killed.log").toFile()).start();
    int chunks = waitForChunks(dir, 2, process);
    process.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
    process.waitFor(30, TimeUnit.SECONDS);
    assertTrue(chunks >= 2, "the run ended before it could be killed");
    assertFalse(Files.exists(dir.resolve("samples.csv")), "a killed run must not leave samples.csv");
    run(dir, "--threads", "1");
    assertArrayEquals(reference, Files.readAllBytes(dir.resolve("samples.csv")));
  }

  private static int waitForChunks(Path dir, int wanted, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int found = 0;
    while (System.nanoTime() < deadline && process.isAlive() && found < wanted) {
      found = countChunks(dir);
      Thread.sleep(20);
    }
    return found;
  }

  private static int countChunks(Path dir) throws IOException {
    Path work = dir.resolve(".nml-work");
    if (!Files.isDirectory(work)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(work)) {
      return (int) files.filter(p -> p.getFileName().toString().matches("chunk-\\d+\\.csv")).count();
    }
  }

  @Test
  void testGenerate_badBoxNamesTheParameter() {
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = NmlCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("generate", "--samples", "2", "--box", "K0=300:150", "--output",
        tmp.resolve("bad").toString() + File.separator);
    assertEquals(1, code);
    assertTrue(err.toString().contains("K0: found min 300.0 >= max 150.0"), err.toString());
  }

  @Test
  void testGenerate_pairingNoneIsRecordedInTheDataSet() throws IOException {
    // dataset.json records the prescription through pairing_enabled, the key it always had
    // (docs/physics-finite-nuclei.md, section 2)
    Path dir = tmp.resolve("pairing-none");
    run(dir, "--threads", "1", "--pairing", "none");
    String dataset = Files.readString(dir.resolve("dataset.json"));
    assertTrue(dataset.contains("\"pairing_enabled\" : false"), dataset);
    assertTrue(Files.readString(tmp.resolve("reference").resolve("dataset.json"))
        .contains("\"pairing_enabled\" : true"));
  }

  @Test
  void testGenerate_unknownPairingNamesTheOption() {
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = NmlCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("generate", "--samples", "2", "--pairing", "bcs", "--output",
        tmp.resolve("bad-pairing").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("--pairing"), err.toString());
  }
}
