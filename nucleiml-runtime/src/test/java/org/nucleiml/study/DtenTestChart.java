package org.nucleiml.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.study.config.GenerateConfiguration;
import org.nucleiml.study.config.StepContext;

/**
 * The real NL3 chart the DTEN step tests share: eight light nuclei (16O, 40-48Ca, 58,60Ni, 90Zr) solved
 * at the spec's grid (h = 0.1 fm, box 15 fm) by nml:generate mode chart.
 */
final class DtenTestChart {

  private DtenTestChart() {}

  /** Writes the nuclei list and the chart under {@code dir}; returns the chart directory. */
  static Path write(Path dir) throws Exception {
    Path nuclei = dir.resolve("dataset/nuclei.csv");
    Files.createDirectories(nuclei.getParent());
    List<NucleusRow> rows = new ArrayList<>();
    int[][] zn = {{8, 8}, {20, 20}, {20, 22}, {20, 24}, {20, 28}, {28, 30}, {28, 32}, {40, 50}};
    for (int[] x : zn) {
      rows.add(new NucleusRow(new Nuclide(x[0], x[1]), "X", "ame2020", true, 0, 0, "train", Double.NaN, Double.NaN,
          new double[0]));
    }
    NucleiCsv.write(nuclei, List.of(), rows);
    Path chart = dir.resolve("chart");
    List<String> log = new ArrayList<>();
    new GenerateConfiguration().mode("chart").nucleiFrom(nuclei).chunkSize(4).outputDirectory(chart)
        .run(new StepContext(2, Optional.empty(), log::add, log::add));
    return chart;
  }
}
