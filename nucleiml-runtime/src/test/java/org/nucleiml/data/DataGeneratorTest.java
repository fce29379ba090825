package org.nucleiml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.physics.Nucleus;

/** Tests for {@link DataGenerator} and {@link ShardMerger}: determinism, resume, shards, labels. */
class DataGeneratorTest {

  private static final List<Nucleus> NUCLEI = List.of(Nucleus.parse("16O"), Nucleus.parse("208Pb"));

  @TempDir Path tmp;

  private static GenerationConfig config(Path out, int threads, int shard, int shards,
      SamplingDesign design) {
    return new GenerationConfig(ParameterBox.STUDY, design, 103, 42L, NUCLEI, Threshold.STUDY,
        threads, shard, shards, 10, out);
  }

  private static byte[] generate(GenerationConfig c, SampleEvaluator e) throws Exception {
    // The evaluator's BE moves by +-40% over the L0 range, so the outside-threshold class appears.
    new DataGenerator(c, e, n -> new ExperimentalReference(n.a() * 8.0, 1.2 * Math.cbrt(n.a())),
        line -> { }, Duration.ofHours(1)).run(c.outputDir().resolve("work"));
    return Files.readAllBytes(c.samplesFile());
  }

  @Test
  void testRun_sameBytesForOneAndTwoThreads() throws Exception {
    byte[] one = generate(config(tmp.resolve("a"), 1, 0, 1, SamplingDesign.UNIFORM), new AnalyticEvaluator());
    byte[] two = generate(config(tmp.resolve("b"), 2, 0, 1, SamplingDesign.UNIFORM), new AnalyticEvaluator());
    assertArrayEquals(one, two);
    assertEquals(1 + 103 * NUCLEI.size(), new String(one).split("\n").length);
  }

  @Test
  void testRun_resumesAfterCrashToIdenticalBytes() throws Exception {
    byte[] reference = generate(config(tmp.resolve("ref"), 2, 0, 1, SamplingDesign.SOBOL),
        new AnalyticEvaluator());
    GenerationConfig c = config(tmp.resolve("crash"), 2, 0, 1, SamplingDesign.SOBOL);
    assertThrows(IllegalStateException.class, () -> generate(c, new AnalyticEvaluator(55)));
    assertFalse(Files.exists(c.samplesFile()), "a crashed run must not leave a samples.csv");
    AnalyticEvaluator resumed = new AnalyticEvaluator();
    assertArrayEquals(reference, generate(c, resumed));
    assertTrue(resumed.calls() < 103, "resumed run recomputed everything: " + resumed.calls());
  }

  @Test
  void testMerge_threeShardsEqualSingleRun() throws Exception {
    byte[] single = generate(config(tmp.resolve("single"), 1, 0, 1, SamplingDesign.LATIN_HYPERCUBE),
        new AnalyticEvaluator());
    Path dir = tmp.resolve("sharded");
    for (int s = 0; s < 3; s++) {
      generate(config(dir, 1, s, 3, SamplingDesign.LATIN_HYPERCUBE), new AnalyticEvaluator());
    }
    assertArrayEquals(single, Files.readAllBytes(ShardMerger.merge(dir, 3)));
    String merged = Files.readString(dir.resolve("dataset.json"));
    String direct = Files.readString(tmp.resolve("single").resolve("dataset.json"));
    assertTrue(merged.contains(direct.replaceAll("(?s).*(\"samples_csv_sha256\" : \"[0-9a-f]+\").*", "$1")));
  }

  @Test
  void testRun_labelsEveryClassConsistently() throws Exception {
    GenerationConfig c = config(tmp.resolve("labels"), 2, 0, 1, SamplingDesign.UNIFORM);
    generate(c, new AnalyticEvaluator());
    List<String> seen = new ArrayList<>();
    for (CSVRecord r : SampleCsv.read(c.samplesFile())) {
      Admissibility a = Admissibility.parse(r.get("label4"));
      seen.add(a.id());
      assertEquals(a.binaryLabel(), r.get("label"));
      assertEquals(a == Admissibility.NO_COUPLINGS, r.get("g_sigma").isEmpty());
      assertEquals(a == Admissibility.ADMISSIBLE, r.get("reason").isEmpty());
      boolean hasResult = !r.get("binding_energy_MeV").isEmpty();
      assertEquals(a == Admissibility.ADMISSIBLE || a == Admissibility.OUTSIDE_THRESHOLD, hasResult);
    }
    for (Admissibility a : Admissibility.values()) {
      assertTrue(seen.contains(a.id()), "class " + a.id() + " never produced");
    }
  }

  @Test
  void testRun_pointsDependOnSeedOnly() throws Exception {
    byte[] a = generate(config(tmp.resolve("s1"), 1, 0, 1, SamplingDesign.UNIFORM), new AnalyticEvaluator());
    GenerationConfig other = new GenerationConfig(ParameterBox.STUDY, SamplingDesign.UNIFORM, 103, 43L,
        NUCLEI, Threshold.STUDY, 1, 0, 1, 10, tmp.resolve("s2"));
    byte[] b = generate(other, new AnalyticEvaluator());
    assertFalse(java.util.Arrays.equals(a, b));
  }

  @Test
  void testMerge_missingShardIsAClearError() throws IOException, Exception {
    Path dir = tmp.resolve("partial");
    generate(config(dir, 1, 0, 3, SamplingDesign.UNIFORM), new AnalyticEvaluator());
    Exception e = assertThrows(org.nucleiml.InvalidParameterException.class, () -> ShardMerger.merge(dir, 3));
    assertTrue(e.getMessage().contains("shard 1 of 3"), e.getMessage());
  }
}
