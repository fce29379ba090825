package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.files.RunInfo;
import org.nucleiml.files.ContentHash;
import org.nucleiml.study.TrainStep;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.GaussianPrior;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.PosteriorRun;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.UniformPrior;
import org.nucleiml.inference.backend.EmulatorBackend;
import org.nucleiml.physics.Nucleus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrupted byte in every file of the emulator artifact (directory and zip), truncated files, and
 * an emulator used outside the nuclei and box it was trained on: each fails with a message naming the
 * file or parameter, never a silently different answer.
 */
class ArtifactCorruptionTest {

  @TempDir static Path dir;
  static TrainingReport report;
  static List<String> files = new ArrayList<>();

  @BeforeAll
  static void train() throws IOException {
    // trained without 208Pb, so the study's default constraints (40Ca and 208Pb) reach outside it
    Path all = SyntheticSamples.write(dir.resolve("all.csv"), 150, 11L);
    List<String> lines = Files.readAllLines(all).stream().filter(l -> !l.contains(",208Pb,")).toList();
    Path samples = Files.write(dir.resolve("samples.csv"), lines);
    // its dataset.json declares the study's box (Table 1), which becomes the emulator's trained box
    StringBuilder box = new StringBuilder();
    for (org.nucleiml.data.Range r : org.nucleiml.data.ParameterBox.STUDY.ranges()) {
      box.append(box.length() == 0 ? "" : ", ").append('"').append(r.name()).append("\": [").append(r.min())
          .append(", ").append(r.max()).append(']');
    }
    Files.writeString(dir.resolve("dataset.json"), "{\"samples_csv_sha256\": \"" + ContentHash.of(samples)
        + "\", \"box\": {" + box + "}}");
    NetworkConfig c = new NetworkConfig(List.of(8), 3e-3, 32, 2, 2, 5);
    report = EmulatorTraining.run(TrainStep.withDatasetManifest(TrainingConfig.defaults(samples,
        dir.resolve("emulator")).withRun(5L, 1).withNetworks(c, c), false), s -> { });
    try (Stream<Path> s = Files.list(report.output())) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !RunInfo.isRunInfo(n)).sorted().forEach(files::add);
    }
  }

  @Test
  void testLoad_oneChangedByteInAnyFile_failsNamingTheFile() throws IOException {
    assertEquals(4, files.size(), files.toString());
    for (String name : files) {
      byte[] original = Files.readAllBytes(report.output().resolve(name));
      for (int position : new int[] {0, original.length / 2, original.length - 2}) {
        Path copy = copyOfArtifact(name + "-" + position);
        byte[] bytes = original.clone();
        bytes[position] ^= 0x01;
        Files.write(copy.resolve(name), bytes);
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
            () -> EmulatorArtifact.load(copy), name + " byte " + position);
        assertTrue(e.getMessage().contains(name) || e.getMessage().contains(EmulatorArtifact.MANIFEST),
            e.getMessage());
      }
    }
  }

  @Test
  void testLoad_scalerMeanChangedByOneCharacter_fails() throws IOException {
    Path copy = copyOfArtifact("scaler");
    Path json = copy.resolve(EmulatorArtifact.DESCRIPTOR);
    String text = Files.readString(json);
    int i = text.indexOf("\"means\"");
    assertTrue(i > 0, "no scaler means in " + json);
    int digit = i + text.substring(i).indexOf('1');
    Files.writeString(json, text.substring(0, digit) + "2" + text.substring(digit + 1));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> EmulatorArtifact.load(copy));
    assertTrue(e.getMessage().contains(EmulatorArtifact.DESCRIPTOR) && e.getMessage().contains("SHA-256"),
        e.getMessage());
  }

  @Test
  void testLoad_truncatedFiles_failNamingTheFile() throws IOException {
    for (String name : files) {
      Path copy = copyOfArtifact("truncated-" + name);
      byte[] bytes = Files.readAllBytes(copy.resolve(name));
      Files.write(copy.resolve(name), java.util.Arrays.copyOf(bytes, bytes.length / 2));
      InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> EmulatorArtifact.load(copy));
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
  }

  @Test
  void testLoad_damagedOrTruncatedZip_failsNamingTheZip() throws IOException {
    byte[] zip = Files.readAllBytes(report.zip());
    String intact = KillAtRenameTest.networks(EmulatorArtifact.load(report.zip()));
    int refused = 0;
    for (int position = 0; position < zip.length; position += Math.max(1, zip.length / 97)) {
      byte[] bytes = zip.clone();
      bytes[position] ^= 0x10;
      Path damaged = Files.write(dir.resolve("damaged-" + position + ".zip"), bytes);
      // a flipped byte either fails naming the zip or, when it sits in a part that does not hold
      // content (the central directory, read by nobody here), loads exactly the intact artifact
      try {
        assertEquals(intact, KillAtRenameTest.networks(EmulatorArtifact.load(damaged)), "byte " + position);
      } catch (InvalidParameterException e) {
        assertTrue(e.getMessage().contains(damaged.toString()), e.getMessage());
        refused++;
      }
    }
    assertTrue(refused > 50, refused + " of 97 damaged zips refused");
    for (int length : new int[] {0, 10, zip.length / 3, zip.length - 30}) {
      Path truncated = Files.write(dir.resolve("truncated-" + length + ".zip"), java.util.Arrays.copyOf(zip, length));
      InvalidParameterException e = assertThrows(InvalidParameterException.class,
          () -> EmulatorArtifact.load(truncated), "length " + length);
      assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
    }
  }

  @Test
  void testPosterior_untrainedNucleusOrWiderPrior_failsUnlessExtrapolationIsAllowed() throws IOException {
    EmulatorBackend backend = EmulatorBackend.load(report.output());
    assertTrue(!backend.domain().nuclei().contains(Nucleus.parse("208Pb")));
    PosteriorConfig study = PosteriorConfig.builder("domain").build();
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> PosteriorRun.checkDomain(study, backend, s -> { }));
    assertTrue(e.getMessage().contains("[208Pb] were not trained") && e.getMessage().contains("allowExtrapolation"),
        e.getMessage());

    List<Constraint> trained = List.of(Constraint.measured(Nucleus.parse("40Ca"),
        org.nucleiml.data.Observable.BINDING_ENERGY));
    PosteriorRun.checkDomain(study.toBuilder().constraints(trained).build(), backend, s -> { });
    ProductPrior wider = ProductPrior.studyBox().with("K0", new UniformPrior(140, 300));
    e = assertThrows(InvalidParameterException.class, () -> PosteriorRun.checkDomain(
        study.toBuilder().constraints(trained).prior(wider).build(), backend, s -> { }));
    assertTrue(e.getMessage().contains("K0 range [140.0, 300.0] reaches outside the trained box [150.0, 300.0]"),
        e.getMessage());
    ProductPrior untruncated = ProductPrior.studyBox().with("J0", new GaussianPrior(30, 2));
    assertThrows(InvalidParameterException.class, () -> PosteriorRun.checkDomain(
        study.toBuilder().constraints(trained).prior(untruncated).build(), backend, s -> { }));

    List<String> warnings = new ArrayList<>();
    PosteriorRun.checkDomain(study.toBuilder().allowExtrapolation(true).build(), backend, warnings::add);
    assertTrue(warnings.get(0).startsWith("WARNING") && warnings.get(0).contains("208Pb"), warnings.toString());
    assertTrue(study.toBuilder().allowExtrapolation(true).build().fingerprintParameters()
        .get("allow_extrapolation").equals(true));
  }

  private static Path copyOfArtifact(String name) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("copy-" + name));
    for (String f : files) {
      Files.copy(report.output().resolve(f), copy.resolve(f));
    }
    return copy;
  }
}
