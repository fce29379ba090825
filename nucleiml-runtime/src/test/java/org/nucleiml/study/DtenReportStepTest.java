package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.emulator.network.dten.DtenEnsembleFile;
import org.nucleiml.study.chart.ChartProfiles;
import org.nucleiml.study.chart.ChartRow;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassReportConfiguration;
import org.nucleiml.study.config.MassTrainConfiguration;
import org.nucleiml.study.config.MassValidateConfiguration;
import org.nucleiml.study.config.StepContext;

/**
 * nml:report-masses for DTEN models on a real NL3 chart of eight light nuclei with two tiny trained
 * ensembles (densities and shell-only, both against AME2020): the page and the skin scan are the same
 * bytes on 1 and 2 threads; the scan at k_n = 1 is the ensemble's own prediction of the nucleus (the
 * mass table's value), its radii are the chart's divided by k_n; the ensemble of all M members is the
 * validated one and the ensemble of the first member is that member; a nucleus not in the chart and a
 * model without densities are skipped with a line saying why; bad skinNuclei are named.
 */
class DtenReportStepTest {

  @TempDir static Path shared;
  @TempDir Path dir;
  private static Path chart;
  private static Path models;
  private static Path validation;

  @BeforeAll
  static void trainAndValidate() throws Exception {
    chart = DtenTestChart.write(shared);
    List<String> log = new ArrayList<>();
    models = shared.resolve("models");
    validation = shared.resolve("validation");
    new MassTrainConfiguration().outputDirectory(models).dtenModel(rho()).dtenModel(shellOnly()).run(context(2, log));
    new MassValidateConfiguration().modelDirectory(models).outputDirectory(validation).dtenModel(rho())
        .dtenModel(shellOnly()).run(context(2, log));
  }

  private static StepContext context(int threads, List<String> log) {
    return new StepContext(threads, Optional.empty(), log::add, log::add);
  }

  private static DtenModelEntry rho() {
    return DtenModelEntry.of("rho", chart, "exp", 1.0, "lite", null, 2, 7L, 3, 5, null, 4, null, null);
  }

  private static DtenModelEntry shellOnly() {
    return DtenModelEntry.of("x", chart, "exp", 1.0, "lite", "shell-only", 2, 7L, 3, 5, null, 4, null, null);
  }

  private static Path report(Path html, int threads, String skinNuclei, List<String> log) throws Exception {
    new MassReportConfiguration().modelDirectory(models).validationDirectory(validation).output(html)
        .dtenModel(rho()).dtenModel(shellOnly()).skinNuclei(skinNuclei).run(context(threads, log));
    return html.getParent();
  }

  @Test
  void testReport_sameBytesOnOneAndTwoThreadsAndTheScanIsTheEnsembleOfTheChartsProfiles() throws Exception {
    List<String> log = new ArrayList<>();
    Path one = report(dir.resolve("one/report.html"), 1, "48Ca,208Pb", log);
    Path two = report(dir.resolve("two/report.html"), 2, "48Ca,208Pb", log);
    for (String f : List.of("report.md", "report.html", DtenReportStep.SKIN_FILE)) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    for (String png : List.of("ensemble-size.png", "residuals.png", "residuals-a.png", "skin.png")) {
      assertTrue(Files.size(one.resolve(png)) > 1000, png);
    }
    String md = Files.readString(one.resolve("report.md"));
    assertTrue(md.contains("rho, 208Pb: skipped (not a converged nucleus of the chart"), md);
    assertTrue(md.contains("x: skipped (inputs shell-only"), md);
    assertTrue(md.contains("- rho / x: "), "densityGain line: " + md);
    assertTrue(md.contains("| [S002] | 208Pb | all | - | ≈0.220 |"), md);

    List<String> csv = Files.readAllLines(one.resolve(DtenReportStep.SKIN_FILE));
    assertEquals(DtenReportStep.SKIN_HEADER, csv.get(0));
    assertEquals(1 + 4 * 101, csv.size(), "four modes of 101 points, 48Ca only");
    ChartRow ca48 = ChartProfiles.read(chart, "chart").converged().stream()
        .filter(r -> r.nucleus().z() == 20 && r.nucleus().n() == 28).findFirst().orElseThrow();
    double tableB = massTable("rho", 20, 28);
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",");
      assertEquals("rho", f[0]);
      assertEquals("48Ca", f[1]);
      double k = Double.parseDouble(f[5]);
      assertEquals(ca48.neutronRadiusFm() / k, Double.parseDouble(f[6]), 1e-6, line);
      assertEquals(ca48.neutronRadiusFm() / k - ca48.protonRadiusFm(), Double.parseDouble(f[7]), 1e-6, line);
      if (k == 1.0) {
        // uncompressed: the ensemble's own prediction of 48Ca, in every mode
        assertEquals(tableB, Double.parseDouble(f[8]), 2e-6, line);
      }
    }
    assertEquals("rho,48Ca,20,28,all,0.950", csv.get(1).substring(0, 24));
    assertEquals("rho,48Ca,20,28,J,1.050", csv.get(csv.size() - 1).substring(0, 22));
    // the compression changes what the ensemble sees: B(k) is not constant
    double first = Double.parseDouble(csv.get(1).split(",")[8]);
    double last = Double.parseDouble(csv.get(101).split(",")[8]);
    assertTrue(first != last, "B(0.95) = B(1.05) = " + first);
  }

  private static double massTable(String id, int z, int n) throws Exception {
    List<String> lines = Files.readAllLines(models.resolve(MassTrainStep.MASS_TABLE));
    int column = List.of(lines.get(0).split(",")).indexOf("B_" + id + "_MeV");
    for (String l : lines) {
      String[] f = l.split(",");
      if (f[0].equals(String.valueOf(z)) && f[1].equals(String.valueOf(n))) {
        return Double.parseDouble(f[column]);
      }
    }
    throw new AssertionError(z + "," + n + " not in the mass table");
  }

  @Test
  void testEnsembleGrowth_firstMemberAloneAndAllMembersAsValidated() throws Exception {
    DtenEnsemble e = DtenEnsembleFile.read(models, DtenTrainStep.ensembleFile("rho"), 1);
    ChartProfiles profiles = ChartProfiles.read(chart, "chart");
    DtenChartData data = DtenChartData.of(rho(), profiles, DtenTrainStep.load(List.of(rho())).ame(),
        e.members().get(0).plan().architecture());
    DtenReportStep.EnsembleGrowth g = DtenReportStep.EnsembleGrowth.of(e, data, 2);
    assertEquals(2, g.members());
    assertEquals(g.memberValidationRmsMeV()[0], g.validationRmsMeV()[0], 1e-12, "one member is its own ensemble");
    assertEquals(e.members().get(1).validationRmsMeV(), g.memberValidationRmsMeV()[1], 1e-9);
    JsonNode v = new ObjectMapper().readTree(validation.resolve(MassValidateStep.JSON_FILE).toFile())
        .get("models").get(0).get("sets");
    assertEquals(v.get("validation").get("rms_keV").asDouble(), 1000 * g.validationRmsMeV()[1], 0.051);
    assertEquals(v.get("all").get("rms_keV").asDouble(), 1000 * g.allRmsMeV()[1], 0.051);
    assertArrayEquals(e.bindingEnergies(data.raw(), 1), g.prediction());
  }

  @Test
  void testSkinNuclei_blankMeansNoScanAndBadListsAreNamed() throws Exception {
    Path out = report(dir.resolve("none/report.html"), 1, " ", new ArrayList<>());
    assertEquals(List.of(DtenReportStep.SKIN_HEADER), Files.readAllLines(out.resolve(DtenReportStep.SKIN_FILE)));
    assertTrue(Files.readString(out.resolve("report.md")).contains("No nuclei chosen (skinNuclei is empty)."));
    for (String bad : List.of("208Pb,,48Ca", "48Ca,48Ca", "Xx12")) {
      InvalidParameterException e = assertThrows(InvalidParameterException.class,
          () -> new MassReportConfiguration().skinNuclei(bad));
      assertEquals("skinNuclei", e.parameter(), e.getMessage());
    }
  }
}
