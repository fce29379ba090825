package org.nucleiml.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link RunInfo}. */
class RunInfoTest {

  @TempDir Path dir;

  @Test
  void testWrite_factsThreadsWallTimeAndAbsolutePaths_readBack() throws IOException {
    RunInfo.start("train", 3).put("rows", 12).put("output", Path.of("relative/out")).write(dir);
    JsonNode back = RunInfo.read(dir).orElseThrow();
    assertEquals("train", back.path("step").asText());
    assertEquals(3, back.path("threads").asInt());
    assertEquals(12, back.path("rows").asInt());
    assertTrue(Path.of(back.path("output").asText()).isAbsolute(), back.toString());
    assertTrue(back.path("wall_time_s").asDouble() >= 0);
    assertFalse(back.path("host").asText().isEmpty());
  }

  @Test
  void testAdd_toExistingAndToMissingFile() throws IOException {
    RunInfo.start("posterior", 1).write(dir);
    RunInfo.add(dir, "comparison_cost", java.util.Map.of("speed_up_a_over_b", 2.5));
    assertEquals(2.5, RunInfo.read(dir).orElseThrow().path("comparison_cost").path("speed_up_a_over_b").asDouble());
    assertEquals("posterior", RunInfo.read(dir).orElseThrow().path("step").asText());
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    RunInfo.add(other, "x", 1);
    assertEquals(1, RunInfo.read(other).orElseThrow().path("x").asInt());
  }

  @Test
  void testRead_missingOrDamaged_isEmpty() throws IOException {
    assertTrue(RunInfo.read(dir).isEmpty());
    Files.writeString(dir.resolve(RunInfo.FILE_NAME), "{not json");
    assertTrue(RunInfo.read(dir).isEmpty());
    assertTrue(RunInfo.isRunInfo("run-info.json"));
    assertFalse(RunInfo.isRunInfo("emulator.json"));
  }
}
