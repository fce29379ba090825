package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.MassModelEntry;

class MassReportStepTest {

  @TempDir Path tmp;

  @Test
  void writesTheSamePageAndPlotsTwiceWithThePaperBesideOurs() throws Exception {
    Path caseA = tmp.resolve("caseA");
    new DatasetStep(DatasetConfig.builder().selection(new Selection(20, true, 20, true, 40, true, 100.0))
        .featureSet("huang-I").featureSet("huang-III").baseline("ws4").split("random(0.2, 0.1)")
        .outputDirectory(caseA).build(), s -> { }).run(Optional.empty());
    List<MassModelEntry> models = List.of(
        MassModelEntry.parse("id=A-I,dataset=" + caseA + ",featureSet=huang-I,hidden=8/4,epochs=20"),
        MassModelEntry.parse("id=A-III,dataset=" + caseA + ",featureSet=huang-III,hidden=8/4,epochs=20"));
    Path trained = tmp.resolve("models");
    new MassTrainStep(models, trained, 21, 21, 2, s -> { }).run(Optional.empty());
    Path validation = tmp.resolve("validation");
    new MassValidateStep(models, trained, validation, List.of(), s -> { }).run();
    Path one = tmp.resolve("one/report.html");
    Path two = tmp.resolve("two/report.html");
    new MassReportStep(models, trained, validation, one, s -> { }).run();
    new MassReportStep(models, trained, validation, two, s -> { }).run();
    List<String> files = List.of("report.html", "report.md", "sensitivity.png", "residuals.png",
        "separation-energies.png", "extrapolation.png");
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(one.resolveSibling(f)), Files.readAllBytes(two.resolveSibling(f)), f);
      assertTrue(Files.size(one.resolveSibling(f)) > 500, f);
    }
    String md = Files.readString(one.resolveSibling("report.md"));
    // the paper's Table III values sit beside ours: A-III test 122 / 87 keV
    assertTrue(md.contains("| A-III |") && md.contains("| 122 / 87 |"), md);
    // the sensitivities of each model are normalised: A-III's 11 inputs sum to 1 (to the 3 printed decimals)
    String line = md.lines().filter(l -> l.startsWith("- A-III: ")).findFirst().orElseThrow();
    double sum = 0;
    for (String part : line.substring("- A-III: ".length()).split(", ")) {
      sum += Double.parseDouble(part.substring(part.lastIndexOf(' ') + 1));
    }
    assertEquals(11, line.split(", ").length, line);
    assertEquals(1.0, sum, 0.006, line);
    assertTrue(Files.readString(one).contains("<img src=\"extrapolation.png\""));
  }
}
