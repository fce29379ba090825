package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.masses.GarveyKelson;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.NucleiTable;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.NucleusRow;

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
    gkOfTheWrittenTargets(t);
  }

  /**
   * The Garvey-Kelson residual of the data as nml:dataset wrote it (mass excess of train + test, the
   * 2,213 AME2016 nuclei): spec 2.3 measured 192 keV rms and 142 keV mean |GK| on the 1,632 nuclei
   * whose five partners are measured; the sums over all 2,213 touch 2,835 distinct nuclei. GK is the
   * same for Delta and -B (the coefficients' weighted sums vanish), so -Delta serves as B.
   */
  private static void gkOfTheWrittenTargets(NucleiTable t) {
    Map<Nuclide, Double> excess = new HashMap<>();
    for (String set : List.of("train", "test")) {
      for (NucleusRow r : t.rows(set)) {
        excess.put(r.nuclide(), r.targetMeV());
      }
    }
    assertEquals(2213, excess.size());
    GarveyKelson.Summary gk = GarveyKelson.summary(
        (z, n) -> excess.containsKey(new Nuclide(z, n)) ? OptionalDouble.of(-excess.get(new Nuclide(z, n)))
            : OptionalDouble.empty(), excess.keySet());
    assertEquals(1632, gk.count());
    assertEquals(192, gk.rmsMeV() * 1000, 0.5);
    assertEquals(142, gk.meanAbsMeV() * 1000, 0.5);
    assertEquals(2835, GarveyKelson.universe(excess.keySet()).size());
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
