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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.emulator.network.dten.DtenEnsembleFile;
import org.nucleiml.masses.MassTable;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.study.chart.ChartGenerator;
import org.nucleiml.study.chart.ChartMetrics;
import org.nucleiml.study.chart.ChartRun;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassTrainConfiguration;
import org.nucleiml.study.config.MassValidateConfiguration;
import org.nucleiml.study.config.MdnModelEntry;
import org.nucleiml.study.config.StepContext;

/**
 * nml:train-masses and nml:validate-masses with DTEN models on a real chart of eight light nuclei (NL3,
 * the spec's grid h = 0.1 fm, box 15 fm): outputs byte-identical on 1 and 2 threads, an interrupted run
 * resumes from its finished members with the same bytes, the mass table is the weighted sum of the
 * members read back, the reference line equals the chart's own NL3 - AME2020 rms, gates name gate,
 * required and measured value, and bad entries name the parameter.
 */
class DtenTrainStepTest {

  @TempDir static Path shared;
  @TempDir Path dir;
  private static Path chart;

  @BeforeAll
  static void chart() throws Exception {
    chart = DtenTestChart.write(shared);
  }

  private static StepContext context(int threads, List<String> log) {
    return new StepContext(threads, Optional.empty(), log::add, log::add);
  }

  private static DtenModelEntry rho() {
    return DtenModelEntry.of("rho", chart, "exp", 1.0, "lite", null, 2, 7L, 3, 5, null, 4, null, null);
  }

  private static DtenModelEntry shellOnly() {
    return DtenModelEntry.of("x", chart, "rmf", 0.0, "lite", "shell-only", 2, 7L, 3, 5, null, 4, null, null);
  }

  private static void train(Path out, int threads, List<String> log) throws Exception {
    new MassTrainConfiguration().outputDirectory(out).dtenModel(rho()).dtenModel(shellOnly()).run(context(threads, log));
  }

  private static List<String> files(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("run-info.json")
          && !n.startsWith("nml-")).sorted().toList();
    }
  }

  @Test
  void testTrain_sameBytesOnOneAndTwoThreadsAndAfterAnInterruption() throws Exception {
    List<String> log = new ArrayList<>();
    train(dir.resolve("one"), 1, log);
    train(dir.resolve("two"), 2, log);
    List<String> names = files(dir.resolve("one"));
    assertTrue(names.containsAll(List.of("mass-model.zip", "mass-table.csv", "mass-models.json", "rho.ensemble.json",
        "rho.member-0.json", "rho.member-1.json", "rho.member-0.curve.csv", "x.ensemble.json", "x.member-1.curve.csv")),
        names.toString());
    assertEquals(names, files(dir.resolve("two")));
    for (String f : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)),
          f);
    }
    // stop right after the first member of rho is finished, then run again: it is reused, the bytes stay
    Path cut = dir.resolve("cut");
    List<String> cutLog = new ArrayList<>();
    RuntimeException stop = assertThrows(RuntimeException.class, () -> new MassTrainConfiguration().outputDirectory(cut)
        .dtenModel(rho()).dtenModel(shellOnly()).run(new StepContext(2, Optional.empty(), line -> {
          if (line.startsWith("nml:train-masses rho member 0:")) {
            throw new IllegalStateException("interrupted");
          }
        }, line -> { })));
    assertEquals("interrupted", stop.getMessage());
    assertTrue(!Files.exists(cut.resolve("mass-model.zip")));
    train(cut, 2, cutLog);
    assertTrue(cutLog.stream().anyMatch(l -> l.contains("rho member 0: reusing the finished member")), cutLog.toString());
    for (String f : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(cut.resolve(f)), f);
    }
    assertTrue(!Files.exists(cut.resolve(DtenTrainStep.WORK)), "work directory removed after success");
    log.clear();
    train(cut, 1, log);
    assertTrue(log.stream().anyMatch(l -> l.contains("up to date")), log.toString());
  }

  @Test
  void testMassTable_isTheWeightedSumOfTheMembersForEveryConvergedNucleus() throws Exception {
    Path out = dir.resolve("out");
    train(out, 2, new ArrayList<>());
    List<String> lines = Files.readAllLines(out.resolve(MassTrainStep.MASS_TABLE));
    assertEquals("Z,N,A,B_ame2020_MeV,B_NL3_MeV,B_rho_MeV,B_x_MeV", lines.get(0));
    long converged = ChartGenerator.read(chart.resolve(ChartRun.CHART_FILE)).stream().filter(r -> r.converged()).count();
    assertEquals(converged + 1, lines.size());
    DtenEnsemble rho = DtenEnsembleFile.read(out, DtenTrainStep.ensembleFile("rho"), 1);
    double[] w = rho.weights();
    assertEquals(1.0, w[0] + w[1], 1e-12);
    org.nucleiml.study.chart.ChartProfiles profiles = org.nucleiml.study.chart.ChartProfiles.read(chart, "chart");
    var raw = DtenChartData.all(profiles, rho.members().get(0).plan().architecture());
    double[] b0 = rho.members().get(0).bindingEnergies(raw, 1);
    double[] b1 = rho.members().get(1).bindingEnergies(raw, 1);
    for (int r = 1; r < lines.size(); r++) {
      String[] f = lines.get(r).split(",");
      double expected = w[0] * b0[r - 1] + w[1] * b1[r - 1];
      assertEquals(expected, Double.parseDouble(f[5]), 1e-6, lines.get(r));
      // the sigmoid bounds every prediction to the training range of B/A
      double a = Double.parseDouble(f[2]);
      double lo = rho.members().get(0).scaling().targetMin();
      double hi = rho.members().get(0).scaling().targetMax();
      assertTrue(b0[r - 1] / a >= lo - 1e-9 && b0[r - 1] / a <= hi + 1e-9, lines.get(r));
    }
    JsonNode index = new ObjectMapper().readTree(out.resolve(MassTrainStep.INDEX).toFile());
    assertEquals("dten", index.get("models").get(0).get("type").asText());
    assertTrue(index.get("models").get(1).get("parameter_count").asInt()
        < index.get("models").get(0).get("parameter_count").asInt(), "shell-only has no C_3");
    // nml:predict-masses cannot evaluate a DTEN release and says why
    InvalidParameterException predict = assertThrows(InvalidParameterException.class,
        () -> ReleasedMassModel.load(out.resolve(MassTrainStep.ZIP)));
    assertTrue(predict.parameter().endsWith("model rho type") && predict.allowed().contains("mass-table.csv"),
        predict.getMessage());
  }

  @Test
  void testValidate_referenceIsTheChartsOwnRmsAndAMissedGateIsNamed() throws Exception {
    Path out = dir.resolve("models");
    train(out, 2, new ArrayList<>());
    Path validation = dir.resolve("validation");
    List<String> log = new ArrayList<>();
    MassValidateConfiguration c = new MassValidateConfiguration().modelDirectory(out).outputDirectory(validation)
        .dtenModel(rho()).dtenModel(shellOnly()).gate("maxRmsMeV[rmf@all]=100").gate("maxRmsMeV[rho@validation]=0.001")
        .gate("maxEnsembleGain[x@validation]=10");
    GateFailedException e = assertThrows(GateFailedException.class, () -> c.run(context(2, log)));
    assertTrue(e.getMessage().contains("maxRmsMeV[rho@validation]: required <= 0.001 MeV, measured"), e.getMessage());
    assertTrue(!e.getMessage().contains("maxRmsMeV[rmf@all]"), e.getMessage());
    JsonNode json = new ObjectMapper().readTree(validation.resolve(MassValidateStep.JSON_FILE).toFile());
    JsonNode all = json.get("models").get(0).get("sets").get("all");
    MassTable ame = TableSource.bundled(TableFormat.AME2020).load().massTable("ame2020");
    ChartMetrics metrics = ChartMetrics.of(ChartGenerator.read(chart.resolve(ChartRun.CHART_FILE)), ame,
        List.of());
    assertEquals(metrics.bindingEnergyCount(), all.get("count").asInt());
    assertEquals(1000 * metrics.bindingEnergyRmsMeV(), all.get("reference_rms_keV").asDouble(), 0.051);
    JsonNode v = json.get("models").get(0).get("sets").get("validation");
    assertEquals(2, v.get("count").asInt());
    assertEquals(2, v.get("member_rms_keV").size());
    // the members' validation RMS is what the ensemble weights were computed from
    DtenEnsemble rho = DtenEnsembleFile.read(out, DtenTrainStep.ensembleFile("rho"), 1);
    assertEquals(1000 * rho.members().get(1).validationRmsMeV(), v.get("member_rms_keV").get(1).asDouble(), 0.051);
    // a model trained with other settings is not scored under its name
    DtenModelEntry other = DtenModelEntry.of("rho", chart, "exp", 2.0, "lite", null, 2, 7L, 3, 5, null, 4, null, null);
    InvalidParameterException stale = assertThrows(InvalidParameterException.class, () -> new MassValidateConfiguration()
        .modelDirectory(out).outputDirectory(validation).dtenModel(other).run(context(1, log)));
    assertEquals("models[rho]", stale.parameter());
  }

  @Test
  void testBadEntries_cliFormEqualsThePomForm() {
    DtenModelEntry cli = DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",target=rmf,alpha=2,architecture=tableI,"
        + "inputs=shell-only,members=3,seed=5,epochs=7,patience=4,learningRate=3e-4,batchSize=16,validationFraction=0.25,"
        + "splitSeed=9");
    assertEquals(DtenModelEntry.of("m", chart, "rmf", 2.0, "tableI", "shell-only", 3, 5L, 7, 4, "3e-4", 16, 0.25, 9L), cli);
    assertEquals(DtenModelEntry.Inputs.SHELL_ONLY, cli.inputs());
    assertEquals("shell-only", cli.inputs().id());
    assertTrue(!cli.plan(150, 1).architecture().hasDensities());
  }

  @Test
  void testBadEntries_nameTheParameterValueAndAllowed() throws Exception {
    InvalidParameterException arch = assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.of("m", chart, null, null, "huge", null, null, null, null, null, null, null, null, null));
    assertEquals("models[m].architecture", arch.parameter());
    assertTrue(arch.allowed().contains("lite") && arch.allowed().contains("tableI"), arch.getMessage());
    assertEquals("models[m].target", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",target=ws4")).parameter());
    assertEquals("models[m].inputs", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",inputs=x-only")).parameter());
    assertEquals("models[m].alpha", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",alpha=-1")).parameter());
    assertEquals("models[m].members", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",members=0")).parameter());
    assertEquals("models[m].validationFraction", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",validationFraction=1")).parameter());
    assertEquals("models[m].chart", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m")).parameter());
    assertEquals("--model members", assertThrows(InvalidParameterException.class,
        () -> DtenModelEntry.parse("type=dten,id=m,chart=" + chart + ",members=two")).parameter());
    // a directory that is not a chart output
    Path notChart = Files.createDirectories(dir.resolve("dataset"));
    InvalidParameterException wrong = assertThrows(InvalidParameterException.class, () -> new MassTrainConfiguration()
        .outputDirectory(dir.resolve("o")).dtenModel(DtenModelEntry.parse("type=dten,id=m,chart=" + notChart))
        .run(context(1, new ArrayList<>())));
    assertEquals("models[m].chart", wrong.parameter());
    assertTrue(wrong.getMessage().contains(notChart.toString()) && wrong.allowed().contains("mode=chart"),
        wrong.getMessage());
    // one type per execution
    assertEquals("models", assertThrows(InvalidParameterException.class, () -> new MassTrainConfiguration()
        .outputDirectory(dir.resolve("o")).dtenModel(rho())
        .mdnModel(MdnModelEntry.parse("id=piml,dataset=" + dir)).run(context(1, new ArrayList<>()))).parameter());
    assertTrue(DtenModelEntry.isDtenText("type=dten,id=m") && !MdnModelEntry.isMdn("m", "dten"));
  }
}
