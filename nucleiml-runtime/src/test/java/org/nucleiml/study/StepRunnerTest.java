package org.nucleiml.study;

import org.nucleiml.files.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link StepRunner} and {@link BuildCache}. */
class StepRunnerTest {

  @TempDir Path tmp;

  private final List<String> log = new ArrayList<>();
  private final AtomicInteger runs = new AtomicInteger();

  private StepRunner.Work writer(Path dir, String content) {
    return () -> {
      runs.incrementAndGet();
      AtomicFiles.writeString(dir.resolve("out.txt"), content);
      return List.of("out.txt");
    };
  }

  private static StepFingerprint fp(int samples) {
    return StepFingerprint.builder("generate", "1").parameter("samples", samples).build();
  }

  @Test
  void testRun_secondRunIsUpToDate() throws Exception {
    StepRunner runner = new StepRunner(log::add, Optional.empty());
    Path out = tmp.resolve("a");
    assertEquals(StepRunner.Outcome.RAN, runner.run(fp(1), out, writer(out, "x")));
    assertEquals(StepRunner.Outcome.UP_TO_DATE, runner.run(fp(1), out, writer(out, "x")));
    assertEquals(1, runs.get());
    assertTrue(log.get(log.size() - 1).contains("up to date"), log.toString());
  }

  @Test
  void testRun_logsChangedParameterAndReruns() throws Exception {
    StepRunner runner = new StepRunner(log::add, Optional.empty());
    Path out = tmp.resolve("b");
    runner.run(fp(1), out, writer(out, "x"));
    assertEquals(StepRunner.Outcome.RAN, runner.run(fp(2), out, writer(out, "y")));
    assertTrue(log.contains("nml:generate must run: parameter samples: 1 -> 2"), log.toString());
  }

  @Test
  void testRun_secondStudyRestoresFromCache() throws Exception {
    BuildCache cache = new BuildCache(tmp.resolve("cache"));
    StepRunner runner = new StepRunner(log::add, Optional.of(cache));
    Path first = tmp.resolve("study1");
    Path second = tmp.resolve("study2");
    runner.run(fp(5), first, writer(first, "data"));
    assertEquals(StepRunner.Outcome.RESTORED_FROM_CACHE, runner.run(fp(5), second, writer(second, "other")));
    assertEquals("data", Files.readString(second.resolve("out.txt")));
    assertEquals(StepRunner.Outcome.UP_TO_DATE, runner.run(fp(5), second, writer(second, "other")));
    assertEquals(1, runs.get());
  }

  @Test
  void testRestore_corruptedEntryIsIgnored() throws IOException, Exception {
    BuildCache cache = new BuildCache(tmp.resolve("cache"));
    StepRunner runner = new StepRunner(log::add, Optional.of(cache));
    Path first = tmp.resolve("s1");
    runner.run(fp(7), first, writer(first, "data"));
    Path entry = tmp.resolve("cache").resolve("generate").resolve(fp(7).digest());
    Files.writeString(entry.resolve("out.txt"), "corrupted");
    Path second = tmp.resolve("s2");
    assertEquals(StepRunner.Outcome.RAN, runner.run(fp(7), second, writer(second, "fresh")));
    assertEquals("fresh", Files.readString(second.resolve("out.txt")));
  }
}
