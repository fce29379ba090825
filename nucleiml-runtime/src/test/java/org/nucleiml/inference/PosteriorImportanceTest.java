package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;

/**
 * Tests for a posterior run that importance-samples another run's chain ({@link ImportanceSampling}),
 * with the analytic backend: its posterior at sigma = 2% is the proposal, and the target at sigma = 1%
 * is Gaussian again with half the standard deviation in each of the four driven NMPs.
 */
class PosteriorImportanceTest {

  private static final int DRAWS = 4000;

  @TempDir
  static Path dir;

  @BeforeAll
  static void proposal() throws Exception {
    PosteriorRun.runAndWrite(PosteriorRunTest.config("wide", true, 1), new AnalyticBackend(ModelBackend.Threading.BATCHED),
        dir.resolve("wide"), s -> { });
  }

  private static PosteriorConfig narrow(int threads) {
    List<Constraint> half = Constraint.study().stream()
        .map(c -> new Constraint(c.nucleus(), c.observable(), c.value(), c.sigma() / 2)).toList();
    return PosteriorRunTest.config("narrow", true, threads).toBuilder().constraints(half)
        .importance(new ImportanceSampling(dir.resolve("wide"), DRAWS)).build();
  }

  @Test
  void testRun_reweightsTheWidePosteriorToTheNarrowOne() throws Exception {
    Path out = dir.resolve("narrow-1");
    PosteriorResult r = PosteriorRun.runAndWrite(narrow(1), new AnalyticBackend(ModelBackend.Threading.PER_POINT), out,
        s -> { });
    ImportanceSummary s = r.importance();
    // Each driven NMP halves its sd: E_q[(p/q)^2] = 4/sqrt(7) per coordinate (Gaussians of sd ratio 2), so
    // the Kish ESS is (sqrt(7)/4)^4 = 0.191 of the draws; MCMC draws and the finite sample move it a little
    double expected = Math.pow(Math.sqrt(7) / 4, 4);
    assertEquals(expected, s.kishEss() / DRAWS, 0.04, "Kish ESS fraction");
    assertEquals(DRAWS, s.draws());
    assertEquals("wide", s.proposalName());
    assertEquals(DRAWS, r.modelEvaluations());
    double[] proposalEss = PosteriorFiles.read(dir.resolve("wide"), "wide").ess();
    for (int driven : AnalyticBackend.DRIVER) {
      double[] range = ProductPrior.studyBox().components().get(driven).range();
      double sd = AnalyticBackend.posteriorSd(driven) / 2;
      ParameterSummary p = r.summary().parameters().get(driven);
      double ess = r.diagnostics().ess()[driven];
      // the weights' efficiency times the independent draws among them
      assertEquals(s.kishEss() / DRAWS * Math.min(DRAWS, proposalEss[driven]), ess, 1e-9 * ess);
      assertEquals(0.5 * (range[0] + range[1]), p.mean(), 5 * sd / Math.sqrt(ess), p.name());
      assertEquals(sd, p.sd(), 5 * sd / Math.sqrt(2 * ess), p.name());
    }
    // Q0 keeps the gate's uniform [-1500, 0]: the weights do not depend on it
    ParameterSummary q0 = r.summary().parameters().get(3);
    assertEquals(-750, q0.mean(), 5 * 1500 / Math.sqrt(12) / Math.sqrt(r.diagnostics().ess()[3]));
    JsonNode json = new ObjectMapper().readTree(out.resolve(PosteriorFiles.POSTERIOR).toFile());
    assertEquals("wide", json.path("importance_sampling").path("proposal").asText());
    assertEquals(DRAWS, json.path("settings").path("importance_draws").asInt());
    assertTrue(json.path("parameters").path("L0").path("r_hat").isNull());
    assertEquals(DRAWS + 1, Files.readAllLines(out.resolve(PosteriorFiles.CHAIN)).size());
    assertFalse(r.report().get(6).contains("R-hat"), r.report().get(6));
  }

  @Test
  void testRun_sameBytesOnAnyThreadCount() throws Exception {
    PosteriorRun.runAndWrite(narrow(1), new AnalyticBackend(ModelBackend.Threading.PER_POINT), dir.resolve("t1"), s -> { });
    PosteriorRun.runAndWrite(narrow(3), new AnalyticBackend(ModelBackend.Threading.PER_POINT), dir.resolve("t3"), s -> { });
    for (String f : List.of(PosteriorFiles.CHAIN, PosteriorFiles.POSTERIOR, PosteriorFiles.SUMMARY)) {
      assertEquals(Files.readString(dir.resolve("t1").resolve(f)), Files.readString(dir.resolve("t3").resolve(f)), f);
    }
  }

  @Test
  void testRun_refusesAProposalWithAnotherPrior() {
    ParameterBox box = ParameterBox.STUDY.with("L0", 30, 90);
    PosteriorConfig c = narrow(1).toBuilder().prior(ProductPrior.uniform(box)).build();
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> PosteriorRun.run(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), s -> { }));
    assertTrue(e.getMessage().contains("importanceFrom") && e.getMessage().contains("prior"), e.getMessage());
  }

  @Test
  void testRun_refusesMoreDrawsThanTheProposalHas() {
    PosteriorConfig c = narrow(1).toBuilder().importance(new ImportanceSampling(dir.resolve("wide"), 100_000_000))
        .build();
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> PosteriorRun.run(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), s -> { }));
    assertTrue(e.getMessage().contains("importanceDraws") && e.getMessage().contains("recorded draws"), e.getMessage());
  }

  @Test
  void testRun_refusesADirectoryWithoutAPosterior() {
    PosteriorConfig c = narrow(1).toBuilder().importance(new ImportanceSampling(dir.resolve("missing"), 1000)).build();
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> PosteriorRun.run(c, new AnalyticBackend(ModelBackend.Threading.BATCHED), s -> { }));
    assertTrue(e.getMessage().contains("importanceFrom") && e.getMessage().contains("chain.csv"), e.getMessage());
  }

  @Test
  void testImportanceSampling_tooFewDrawsNamesTheParameter() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ImportanceSampling(dir, 99));
    assertTrue(e.getMessage().contains("importanceDraws") && e.getMessage().contains(">= 100"), e.getMessage());
  }
}
