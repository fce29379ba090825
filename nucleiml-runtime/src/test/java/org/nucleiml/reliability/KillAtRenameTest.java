package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.files.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * kill -9 at every rename of generate and train: a child JVM halts right before or after each move
 * onto a named output; then a normal run resumes. Whatever the kill point, the run ends with the
 * uninterrupted run's bytes, the interrupted state never loads as a valid artifact with other bytes,
 * and no temporary file is left behind.
 */
class KillAtRenameTest {

  @TempDir static Path root;
  static Path referenceSamples;
  static String referenceEmulator;
  static Path trainingData;

  private static final String[] GENERATE = {"generate", "--samples", "8", "--chunk-size", "4", "--nuclei", "16O",
      "--threads", "1", "--seed", "7"};

  @BeforeAll
  static void references() throws IOException {
    Path g = root.resolve("generate-reference");
    assertEquals(0, nml(args(GENERATE, "--output", g.toString())));
    referenceSamples = g.resolve("samples.csv");
    trainingData = SyntheticSamples.write(root.resolve("synthetic.csv"), 120, 3L);
    Path e = root.resolve("train-reference");
    assertEquals(0, nml(train(e)));
    referenceEmulator = networks(EmulatorArtifact.load(e.resolve("emulator")));
  }

  @Test
  void testGenerate_killedAtEveryRename_resumesToTheSameBytesAndLeavesNoTemporaries() throws Exception {
    List<String> names = List.of("chunk-000000000.csv", "chunk-000000001.csv", "samples.csv", "dataset.json",
        "nml-step.json");
    for (String name : names) {
      for (String when : List.of("before", "after")) {
        Path dir = root.resolve("generate-" + when + "-" + name);
        ChildJvm killed = ChildJvm.run(root, when + ":" + name, args(GENERATE, "--output", dir.toString()));
        assertEquals(ChildJvm.HALTED, killed.exitCode(), when + " " + name + ": " + killed.err());
        assertEquals(0, nml(args(GENERATE, "--output", dir.toString())), when + " " + name);
        assertArrayEquals(Files.readAllBytes(referenceSamples), Files.readAllBytes(dir.resolve("samples.csv")),
            "samples.csv after a kill " + when + " " + name);
        assertEquals(List.of(), temporaries(dir), "left behind after a kill " + when + " " + name);
      }
    }
  }

  @Test
  void testGenerate_damagedChunks_areRecomputedNotTrusted() throws Exception {
    for (String damage : List.of("row-boundary", "mid-row")) {
      Path dir = root.resolve("generate-damaged-" + damage);
      ChildJvm killed = ChildJvm.run(root, "before:samples.csv", args(GENERATE, "--output", dir.toString()));
      assertEquals(ChildJvm.HALTED, killed.exitCode(), killed.err());
      Path chunk;
      try (Stream<Path> s = Files.walk(dir)) {
        chunk = s.filter(p -> p.getFileName().toString().equals("chunk-000000001.csv")).findFirst().orElseThrow();
      }
      String text = Files.readString(chunk);
      int cut = damage.equals("row-boundary") ? text.lastIndexOf('\n', text.length() - 2) + 1
          : text.length() - 15;
      Files.writeString(chunk, text.substring(0, cut));
      StringWriter err = new StringWriter();
      assertEquals(0, nml(err, args(GENERATE, "--output", dir.toString())));
      assertTrue(err.toString().contains("discarding damaged chunk " + chunk), err.toString());
      assertArrayEquals(Files.readAllBytes(referenceSamples), Files.readAllBytes(dir.resolve("samples.csv")), damage);
    }
  }

  @Test
  void testTrain_killedAtEveryRename_neverLoadsAMixedOrStaleArtifact() throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("train-reference").resolve("emulator"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !RunInfo.isRunInfo(n)).sorted().forEach(names::add);
    }
    names.add("emulator.zip");
    // two networks, emulator.json, emulator.sha256, the step manifest (nml train runs through the step's
    // up-to-date check) and the zip
    assertEquals(6, names.size(), names.toString());
    for (String name : names) {
      for (String when : List.of("before", "after")) {
        Path dir = root.resolve("train-" + when + "-" + name);
        // an older emulator of another seed sits there first: a kill must never leave it (or its
        // zip) looking like the new one, nor mix the two
        assertEquals(0, nml(trainWithSeed(dir, "2")));
        ChildJvm killed = ChildJvm.run(root, when + ":" + name, train(dir));
        assertEquals(ChildJvm.HALTED, killed.exitCode(), when + " " + name + ": " + killed.err());
        for (Path artifact : List.of(dir.resolve("emulator"), dir.resolve("emulator.zip"))) {
          try {
            assertEquals(referenceEmulator, networks(EmulatorArtifact.load(artifact)),
                artifact + " loaded after a kill " + when + " " + name + " but is not the new emulator");
          } catch (InvalidParameterException expected) {
            assertTrue(expected.getMessage().contains("emulator"), expected.getMessage());
          }
        }
        assertEquals(0, nml(train(dir)), when + " " + name);
        assertEquals(referenceEmulator, networks(EmulatorArtifact.load(dir.resolve("emulator"))));
        assertEquals(referenceEmulator, networks(EmulatorArtifact.load(dir.resolve("emulator.zip"))));
        assertEquals(List.of(), temporaries(dir), "left behind after a kill " + when + " " + name);
      }
    }
  }

  private static String[] train(Path dir) {
    return trainWithSeed(dir, "5");
  }

  private static String[] trainWithSeed(Path dir, String seed) {
    return new String[] {"train", "--data", trainingData.toString(), "--output", dir.resolve("emulator").toString(),
        "--epochs", "2", "--threads", "1", "--seed", seed};
  }

  /**
   * What identifies an artifact's networks: emulator.json without its training record (which holds
   * wall times), i.e. every network file's SHA-256, scalers, targets and domain.
   */
  static String networks(EmulatorArtifact artifact) {
    return ((com.fasterxml.jackson.databind.node.ObjectNode) artifact.descriptor().deepCopy()).without("training")
        .toString();
  }

  private static List<Path> temporaries(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".nml-tmp")).toList();
    }
  }

  private static String[] args(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  static int nml(String... args) {
    return nml(new StringWriter(), args);
  }

  static int nml(StringWriter err, String... args) {
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
