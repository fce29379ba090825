package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;
import org.nucleiml.data.Threshold;
import org.nucleiml.emulator.GroupedSplit;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.OutputLock;
import org.nucleiml.inference.GaussianPrior;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.TrainStep;
import org.nucleiml.validation.Gate;

/**
 * Every bad value of issue #22 fails in the runtime (so the goals and the CLI share the check) with a
 * message naming the file or parameter, the value and what is allowed.
 */
class BadValueTest {

  @TempDir Path dir;

  @Test
  void testThreshold_relativeOfOneOrMore_isRejected() {
    expect(() -> Threshold.relative(1.5), "threshold (relative): found 1.5, expected a finite number in (0.0, 1.0)");
    expect(() -> Threshold.absolute(10, 1.2), "radiusRelativeThreshold: found 1.2");
  }

  @Test
  void testSplit_notSummingTo100_isRejectedNotRenormalised() {
    expect(() -> GroupedSplit.parse("classifierSplit", "70/20/20"),
        "classifierSplit: found 70/20/20 (sum 110.0), expected training/validation/test percentages summing to 100");
    assertEquals(new GroupedSplit(0.7, 0.15, 0.15), GroupedSplit.parse("classifierSplit", "70/15/15"));
  }

  @Test
  void testNuclei_blankOrEmptyEntries_areRejected() {
    expect(() -> Nucleus.parseList("nuclei", "16O,,40Ca"), "nuclei: found '16O,,40Ca' (entry 2 is empty)");
    expect(() -> Nucleus.parseList("nuclei", "16O, ,40Ca"), "nuclei: found '16O, ,40Ca' (entry 2 is empty)");
    expect(() -> Nucleus.parseList("nuclei", "16O,40Ca,"), "(entry 3 is empty)");
    expect(() -> Nucleus.parseList("nuclei", "  "), "nuclei: found an empty list");
    expect(() -> Nucleus.parseList("nuclei", "16O,40Cx"), "nuclei: found '40Cx' (entry 2)");
    assertEquals(List.of(Nucleus.parse("16O"), Nucleus.parse("40Ca")), Nucleus.parseList("nuclei", "16O, 40Ca"));
  }

  @Test
  void testMessages_nameTheParameter() {
    expect(() -> GaussianPrior.of("K0", 20, 1, 150, 300), "K0.mean: found 20.0 with sd 1.0 (no prior mass left"
        + " inside the box [150.0, 300.0])");
    expect(() -> Gate.parse("minR2[binding_energy@40Cx]=0.9"), "gate minR2[binding_energy@40Cx] nucleus: found '40Cx'");
    expect(() -> NetworkConfig.of("classifier", List.of(8), -1e-3, 32, 10, 1, 5),
        "classifier.learning_rate: found -0.001");
  }

  @Test
  void testOutputDirectory_thatIsAFile_isRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "x");
    expect(() -> OutputLock.acquire("outputDirectory", file), "outputDirectory: found " + file
        + ", expected a directory (this path is a file)");
  }

  @Test
  void testSamplesCsv_inconsistentRows_areRejectedNamingFileAndLine() throws IOException {
    Path good = SyntheticSamples.write(dir.resolve("good.csv"), 4, 1L);
    List<String> lines = Files.readAllLines(good);
    // line 2 is sample 0 of 16O; 5 nuclei per sample
    expect(() -> SampleTable.read(write("duplicate.csv", with(lines, 3, lines.get(1)))),
        "duplicate.csv line 3 column sample_id: found 0 for Z=8 N=8 again (also on line 2)");
    String otherNmp = lines.get(2).replaceFirst("^0,([^,]*),", "0,0.1555,");
    expect(() -> SampleTable.read(write("conflicting.csv", with(lines, 3, otherNmp))),
        "conflicting.csv line 3 column sample_id: found 0 with NMPs");
    String wrongZ = lines.get(1).replace(",16O,8,8,", ",17F,8,8,");
    expect(() -> SampleTable.read(write("nucleus.csv", with(lines, 2, wrongZ))),
        "nucleus.csv line 2 column nucleus: found '17F' (Z=9, N=8) on a row with Z=8, N=8");
    int admissible = indexOf(lines, ",admissible,");
    String[] cells = lines.get(admissible).split(",", -1);
    int rch = org.nucleiml.data.SampleColumns.HEADER.indexOf(org.nucleiml.data.SampleColumns.CHARGE_RADIUS);
    cells[rch] = "-" + cells[rch];
    expect(() -> SampleTable.read(write("radius.csv", with(lines, admissible + 1, String.join(",", cells)))),
        "radius.csv line " + (admissible + 1) + " column " + org.nucleiml.data.SampleColumns.CHARGE_RADIUS
        + ": found -");
  }

  @Test
  void testTrain_datasetJsonOfAnotherRun_isRejected() throws IOException {
    Path samples = SyntheticSamples.write(dir.resolve("samples.csv"), 4, 1L);
    Files.writeString(dir.resolve("dataset.json"), "{\"samples_csv_sha256\": \"" + ContentHash.ofText("other") + "\"}");
    expect(() -> TrainStep.withDatasetManifest(TrainingConfig.defaults(samples, dir.resolve("emulator")), true),
        dir.resolve("dataset.json") + ": found samples_csv_sha256 " + ContentHash.ofText("other") + ", but "
        + samples + " has SHA-256 " + ContentHash.of(samples));
    Files.writeString(dir.resolve("dataset.json"), "{\"samples_csv_sha256\": \"" + ContentHash.of(samples) + "\"}");
    assertEquals(ContentHash.of(samples), TrainStep.withDatasetManifest(
        TrainingConfig.defaults(samples, dir.resolve("emulator")), true).datasetManifest()
        .path("samples_csv_sha256").asText());
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no row with " + text);
  }

  private static List<String> with(List<String> lines, int lineNumber, String line) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(lineNumber - 1, line);
    return copy;
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines);
  }

  private static void expect(Executable action, String message) {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, action);
    assertTrue(e.getMessage().contains(message), "message '" + e.getMessage() + "' lacks '" + message + "'");
  }
}
