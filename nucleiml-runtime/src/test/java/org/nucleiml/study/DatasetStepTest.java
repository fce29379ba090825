package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;

/** The dataset step is incremental: an unchanged re-run is up to date, a changed parameter is named. */
class DatasetStepTest {

  @TempDir Path dir;

  @Test
  void upToDateThenRerunNamingTheChangedParameter() throws Exception {
    List<String> log = new ArrayList<>();
    DatasetConfig.Builder b = DatasetConfig.builder().selection(Selection.HUANG).featureSet("huang-III")
        .baseline("ws4").split("random(0.2, 0.1)").expectedCount("selected", 2150).outputDirectory(dir);
    assertEquals(StepRunner.Outcome.RAN, new DatasetStep(b.build(), log::add).run(Optional.empty()));
    byte[] first = Files.readAllBytes(dir.resolve("nuclei.csv"));
    String json = Files.readString(dir.resolve("dataset.json"));
    assertTrue(json.contains("\"sha256\" : \"e8599c6d7f724fac91934e59f1b9de8fb8f63e820f4b39456b790665ed2a3307\""), json);
    assertTrue(json.contains("\"selected\" : 2150"), json);
    assertEquals(StepRunner.Outcome.UP_TO_DATE, new DatasetStep(b.build(), log::add).run(Optional.empty()));
    b.seed(7);
    log.clear();
    assertEquals(StepRunner.Outcome.RAN, new DatasetStep(b.build(), log::add).run(Optional.empty()));
    assertTrue(log.stream().anyMatch(l -> l.contains("parameter seed: 42 -> 7")), log.toString());
    b.seed(42);
    new DatasetStep(b.build(), log::add).run(Optional.empty());
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("nuclei.csv"))),
        "the same configuration writes the same bytes");
  }
}
