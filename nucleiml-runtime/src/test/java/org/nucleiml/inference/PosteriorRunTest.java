package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.inference.mcmc.StopRule;

/** Tests for {@link PosteriorRun} with an analytic backend whose posterior is known. */
class PosteriorRunTest {

  private static final double SE = 5;

  static PosteriorConfig config(String name, boolean gate, int threads) {
    return PosteriorConfig.builder(name).seed(42).walkers(32).threads(threads).burnIn(300)
        .checkInterval(250).stopRule(new StopRule(50, 1.01, 1000, 12_000)).admissibilityGate(gate).build();
  }

  @Test
  void testRun_recoversKnownPosteriorAndStops() {
    List<String> log = new ArrayList<>();
    AnalyticBackend backend = new AnalyticBackend(ModelBackend.Threading.BATCHED);
    PosteriorResult r = PosteriorRun.run(config("analytic", true, 1), backend, log::add);
    assertTrue(r.stop().converged(), "not converged: " + r.stop().failing());
    assertTrue(r.diagnostics().minEss() >= 1000 && r.diagnostics().maxRHat() < 1.01);
    for (int driven : AnalyticBackend.DRIVER) {
      double[] range = ProductPrior.studyBox().components().get(driven).range();
      double sd = AnalyticBackend.posteriorSd(driven);
      ParameterSummary s = r.summary().parameters().get(driven);
      double ess = r.diagnostics().ess()[driven];
      assertEquals(0.5 * (range[0] + range[1]), s.mean(), SE * sd / Math.sqrt(ess), s.name());
      assertEquals(sd, s.sd(), SE * sd / Math.sqrt(2 * ess), s.name());
      assertEquals(s.median() - sd, s.lower68(), SE * 1.25 * sd / Math.sqrt(ess), s.name());
    }
    // Gate on: Q0 is uniform on [-1500, 0], mean -750, sd 1500/sqrt(12).
    assertUniform(r, 3, -1500, 0);
    assertUniform(r, 0, 0.14, 0.17);
    assertTrue(log.get(log.size() - 1).contains("converged after"), log.toString());
    assertEquals(r.chain().steps() * 32L, r.chain().points().length);
    assertEquals(7, r.report().size());
    // L0's posterior is centred on 60 (the box's middle), so the median may print as 59.x or 60.x.
    assertTrue(r.report().get(6).matches("L0 = (59|60)\\.\\d+ .*") && r.report().get(6).contains("R-hat 1.00"),
        r.report().get(6));
  }

  @Test
  void testRun_gateOffKeepsNonAdmissibleRegion() {
    // Not run to convergence: the tolerances come from the ESS reached.
    PosteriorConfig c = config("nogate", false, 1).toBuilder().stopRule(new StopRule(50, 1.01, 1000, 3000)).build();
    PosteriorResult r = PosteriorRun.run(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), s -> { });
    assertUniform(r, 3, -1500, 400);
  }

  @Test
  void testRun_identicalChainsForAnyThreadsAndThreadingMode() {
    PosteriorConfig c = config("threads", true, 1).toBuilder().burnIn(50)
        .stopRule(new StopRule(50, 1.01, 100, 100)).checkInterval(100).build();
    AnalyticBackend one = new AnalyticBackend(ModelBackend.Threading.PER_POINT);
    AnalyticBackend two = new AnalyticBackend(ModelBackend.Threading.PER_POINT);
    PosteriorResult a = PosteriorRun.run(c, one, s -> { });
    PosteriorResult b = PosteriorRun.run(c.toBuilder().threads(2).build(), two, s -> { });
    assertTrue(java.util.Arrays.deepEquals(a.chain().points(), b.chain().points()));
    assertEquals(a.modelEvaluations(), b.modelEvaluations());
    assertEquals(a.modelEvaluations(), one.calls.get(), "one point per call");
    assertTrue(one.warmStarts.get() > 0 && one.warmStarts.get() == two.warmStarts.get());
    // Batched and chunked calls see the same points: the chain does not depend on the mode either.
    PosteriorResult batched = PosteriorRun.run(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), s -> { });
    assertTrue(java.util.Arrays.deepEquals(a.chain().points(), batched.chain().points()));
    AnalyticBackend chunks = new AnalyticBackend(ModelBackend.Threading.CHUNKED);
    PosteriorResult chunked = PosteriorRun.run(c.toBuilder().threads(2).build(), chunks, s -> { });
    assertTrue(java.util.Arrays.deepEquals(a.chain().points(), chunked.chain().points()));
    assertTrue(chunks.calls.get() < a.modelEvaluations() / 4, "chunks of a half-ensemble: " + chunks.calls.get());
  }

  @Test
  void testRunAndWrite_writesChainJsonAndPlots(@TempDir Path dir) throws Exception {
    PosteriorConfig c = config("files", true, 2).toBuilder().thin(2).stopRule(new StopRule(50, 1.01, 1000, 1000)).build();
    PosteriorResult r = PosteriorRun.runAndWrite(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), dir, s -> { });
    List<String> chain = Files.readAllLines(dir.resolve(PosteriorFiles.CHAIN));
    assertEquals("walker,step,rho0,E0,K0,Q0,mstar_over_m,J0,L0,log_posterior", chain.get(0));
    assertEquals(1 + r.chain().steps() * 32, chain.size());
    assertTrue(chain.get(1).startsWith("0,2,"), "thinned steps: " + chain.get(1));
    JsonNode json = new ObjectMapper().readTree(dir.resolve(PosteriorFiles.POSTERIOR).toFile());
    assertEquals(r.summary().parameter("L0").median(), json.at("/parameters/L0/median").asDouble(), 0.0);
    assertEquals(2, json.at("/parameters/K0/ci95").size());
    assertEquals(7, json.at("/correlation/matrix").size());
    assertEquals(r.stop().converged(), json.at("/stop_rule/converged").asBoolean());
    assertTrue(json.at("/stop_rule/cap_reached").asBoolean());
    assertEquals(r.stop().failing().size(), json.at("/stop_rule/failing").size());
    assertEquals(r.diagnostics().tau()[2], json.at("/parameters/K0/tau_steps").asDouble(), 0.0);
    assertEquals(42, json.at("/seed").asLong());
    assertEquals("208Pb", json.at("/settings/constraints/3/nucleus").asText());
    assertEquals(0.02 * 5.5012, json.at("/settings/constraints/3/sigma").asDouble(), 1e-12);
    assertEquals(r.modelEvaluations(), json.at("/cost/model_evaluations").asLong());
    // run facts never enter posterior.json (they go to run-info.json)
    assertTrue(json.at("/cost/wall_seconds").isMissingNode());
    assertTrue(json.at("/cost/evaluations_per_second").isMissingNode());
    assertTrue(json.at("/settings/threads").isMissingNode());
    assertPng(dir.resolve(PosteriorFiles.CORNER));
    assertPng(dir.resolve(PosteriorFiles.MARGINALS));
    PosteriorSample back = PosteriorFiles.read(dir, "again");
    assertEquals(r.chain().points().length, back.points().length);
    assertEquals(r.diagnostics().ess()[6], back.ess()[6], 1e-9);
  }

  @Test
  void testRunAndWrite_summaryCsvHoldsPosteriorJsonsNumbersAndNoRunFacts(@TempDir Path dir) throws Exception {
    PosteriorConfig c = config("files", true, 1).toBuilder().burnIn(50).stopRule(new StopRule(50, 1.01, 200, 200))
        .checkInterval(200).build();
    PosteriorRun.runAndWrite(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), dir.resolve("a"), s -> { });
    PosteriorRun.runAndWrite(c.toBuilder().threads(2).build(), new AnalyticBackend(ModelBackend.Threading.CHUNKED),
        dir.resolve("b"), s -> { });
    String csv = Files.readString(dir.resolve("a").resolve(PosteriorFiles.SUMMARY));
    assertEquals(csv, Files.readString(dir.resolve("b").resolve(PosteriorFiles.SUMMARY)), "the same bytes for any threads");
    assertFalse(csv.contains("\r"), "LF line ends");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("a").resolve(PosteriorFiles.POSTERIOR).toFile());
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(csv)).getRecords();
    assertEquals(PosteriorSummaryCsv.HEADER, rows.get(0).getParser().getHeaderNames());
    assertEquals(7, rows.size());
    for (CSVRecord row : rows) {
      JsonNode p = json.at("/parameters/" + row.get("parameter"));
      assertEquals("files", row.get("name"));
      assertEquals(json.get("backend").asText(), row.get("backend"));
      // 10 significant digits of posterior.json's values
      assertClose(p.get("median").asDouble(), row.get("median"));
      assertClose(p.get("ci68").get(0).asDouble(), row.get("ci68_lower"));
      assertClose(p.get("ci68").get(1).asDouble(), row.get("ci68_upper"));
      assertClose(p.get("ci95").get(0).asDouble(), row.get("ci95_lower"));
      assertClose(p.get("ci95").get(1).asDouble(), row.get("ci95_upper"));
      assertClose(p.get("sd").asDouble(), row.get("sd"));
      assertClose(p.get("ess").asDouble(), row.get("ess"));
      assertClose(p.get("r_hat").asDouble(), row.get("r_hat"));
    }
  }

  private static void assertClose(double expected, String written) {
    assertEquals(expected, Double.parseDouble(written), 1e-9 * Math.abs(expected), written);
  }

  static void assertPng(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', file.toString());
  }

  private static void assertUniform(PosteriorResult r, int p, double lo, double hi) {
    ParameterSummary s = r.summary().parameters().get(p);
    double sd = (hi - lo) / Math.sqrt(12);
    double ess = r.diagnostics().ess()[p];
    assertEquals(0.5 * (lo + hi), s.mean(), SE * sd / Math.sqrt(ess), s.name());
    // Var of x^2-type statistics of a uniform: sd of the sd estimate is about sd * sqrt(0.8 / 4 / ess).
    assertEquals(sd, s.sd(), SE * sd * Math.sqrt(0.2 / ess), s.name());
    assertTrue(s.lower95() >= lo && s.upper95() <= hi, s.toString());
  }
}
