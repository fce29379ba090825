package org.nucleiml.study;

import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link UpToDateCheck}, {@link StepManifest} and {@link StepFingerprint}. */
class UpToDateCheckTest {

  @TempDir Path dir;

  private static StepFingerprint fingerprint(int samples) {
    return StepFingerprint.builder("generate", "1.0").parameter("samples", samples)
        .parameter("seed", 42L).input("experiment.csv", ContentHash.ofText("data")).build();
  }

  private void finishRun(StepFingerprint fp) throws IOException {
    AtomicFiles.writeString(dir.resolve("samples.csv"), "a,b\n1,2\n");
    StepManifest.of(fp, dir, List.of("samples.csv")).write(dir);
  }

  @Test
  void testCheck_noPreviousRun() throws IOException {
    UpToDateCheck.Verdict v = UpToDateCheck.check(dir, fingerprint(10));
    assertFalse(v.upToDate());
    assertTrue(v.reasons().get(0).startsWith("no complete previous run"), v.reasons().toString());
  }

  @Test
  void testCheck_sameFingerprintIsUpToDate() throws IOException {
    finishRun(fingerprint(10));
    UpToDateCheck.Verdict v = UpToDateCheck.check(dir, fingerprint(10));
    assertTrue(v.upToDate(), v.reasons().toString());
  }

  @Test
  void testCheck_namesChangedParameter() throws IOException {
    finishRun(fingerprint(10));
    UpToDateCheck.Verdict v = UpToDateCheck.check(dir, fingerprint(20));
    assertEquals(List.of("parameter samples: 10 -> 20"), v.reasons());
  }

  @Test
  void testCheck_modifiedOutputIsNotTrusted() throws IOException {
    finishRun(fingerprint(10));
    Files.writeString(dir.resolve("samples.csv"), "tampered\n");
    UpToDateCheck.Verdict v = UpToDateCheck.check(dir, fingerprint(10));
    assertEquals(List.of("output samples.csv was modified"), v.reasons());
  }

  @Test
  void testCheck_changedInputNamedByHash() throws IOException {
    finishRun(fingerprint(10));
    StepFingerprint other = StepFingerprint.builder("generate", "1.0").parameter("samples", 10)
        .parameter("seed", 42L).input("experiment.csv", ContentHash.ofText("new data")).build();
    List<String> reasons = UpToDateCheck.check(dir, other).reasons();
    assertEquals(1, reasons.size());
    assertTrue(reasons.get(0).startsWith("input experiment.csv changed"), reasons.toString());
  }

  @Test
  void testRead_damagedManifestMeansRerun() throws IOException {
    finishRun(fingerprint(10));
    Files.writeString(dir.resolve(StepManifest.FILE_NAME), "{not json");
    assertFalse(UpToDateCheck.check(dir, fingerprint(10)).upToDate());
  }

  @Test
  void testDigest_independentOfInsertionOrder() {
    StepFingerprint a = StepFingerprint.builder("s", "1").parameter("x", 1).parameter("y", 2).build();
    StepFingerprint b = StepFingerprint.builder("s", "1").parameter("y", 2).parameter("x", 1).build();
    assertEquals(a.digest(), b.digest());
  }
}
