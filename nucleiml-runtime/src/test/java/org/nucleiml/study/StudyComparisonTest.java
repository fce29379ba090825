package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link StudyComparison}. */
class StudyComparisonTest {

  @TempDir Path dir;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void testOf_runInfoAndDotFilesSkipped_identical() throws IOException {
    write(dir.resolve("a/x/run-info.json"), "{\"wall_time_s\": 1}");
    write(dir.resolve("b/x/run-info.json"), "{\"wall_time_s\": 2}");
    write(dir.resolve("a/x/.nml-lock"), "");
    write(dir.resolve("a/x/chain.csv"), "1,2\n");
    write(dir.resolve("b/x/chain.csv"), "1,2\n");
    StudyComparison c = StudyComparison.of(dir.resolve("a"), dir.resolve("b"));
    assertTrue(c.identical());
    assertEquals(List.of("identical x/chain.csv"), c.files().stream().map(StudyComparison.FileResult::line).toList());
  }

  @Test
  void testOf_eachKindOfDifference_saysWhy() throws IOException {
    write(dir.resolve("a/p.json"), "{\"a\": [1, 2], \"b\": {\"c\": \"x\"}, \"gone\": true}");
    write(dir.resolve("b/p.json"), "{\"a\": [1, 3], \"b\": {\"c\": \"x\"}}");
    write(dir.resolve("a/s.csv"), "h\n1\n2\n");
    write(dir.resolve("b/s.csv"), "h\n1\n3\n");
    Files.write(dir.resolve("a/n.png"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("b/n.png"), new byte[] {1, 2, 4, 5});
    write(dir.resolve("a/only.md"), "a");
    write(dir.resolve("b/f.json"), "{\"k\": 1}");
    write(dir.resolve("a/f.json"), "{\"k\":1}");
    StudyComparison c = StudyComparison.of(dir.resolve("a"), dir.resolve("b"));
    assertFalse(c.identical());
    assertEquals(List.of(
        "DIFFERENT f.json: same JSON values, different formatting",
        "DIFFERENT n.png: first difference at byte 2 (sizes 3 vs 4)",
        "ONLY IN A only.md",
        "DIFFERENT p.json: a[1]: 2 vs 3; gone only in A",
        "DIFFERENT s.csv: line 3 differs"), c.files().stream().map(StudyComparison.FileResult::line).toList());
    assertEquals("5 files compared (run-info files skipped): 0 identical, 5 different", c.summary());
  }

  @Test
  void testCompare_sameBytes_identical() {
    byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
    assertEquals(StudyComparison.Status.IDENTICAL, StudyComparison.compare("x.json", bytes, bytes.clone()).status());
  }
}
