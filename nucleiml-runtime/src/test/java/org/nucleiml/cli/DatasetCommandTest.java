package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.NucleiTable;

/** {@code nml dataset} builds the mumpower data set with the spec's counts and gates them. */
class DatasetCommandTest {

  @TempDir Path tmp;

  @Test
  void mumpowerDatasetWithEvaluationSets() throws Exception {
    CliRun run = CliRun.of("dataset", "--mass-table", "ame2016", "--z-min", "20", "--measured-only",
        "--target", "mass_excess", "--feature-sets", "mumpower", "--split", "fixedCount(450)",
        "--evaluation-set", "all2020=ame2020", "--evaluation-set", "new2020=ame2020:new-in:ame2016",
        "--expected-count", "selected=2213", "--expected-count", "new2020=70", "--output", tmp.toString());
    assertEquals(0, run.exitCode(), run.err());
    NucleiTable t = NucleiCsv.read(tmp.resolve("nuclei.csv"));
    assertEquals(450, t.rows("train").size());
    assertEquals(1763, t.rows("test").size());
    assertEquals(2267, t.rows("all2020").size());
    assertEquals(70, t.rows("new2020").size());
    assertTrue(Files.readString(tmp.resolve("dataset.json")).contains("\"new2020\" : 70"));
  }

  @Test
  void aMissedCountExitsThreeNamingTheSet() {
    CliRun run = CliRun.of("dataset", "--z-min", "40", "--z-min-exclusive", "--measured-only",
        "--feature-sets", "yang-x", "--split", "random(0.2, 0)", "--expected-count", "selected=1770",
        "--output", tmp.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("count of set 'selected': expected 1770, found 1771"), run.err());
  }
}
