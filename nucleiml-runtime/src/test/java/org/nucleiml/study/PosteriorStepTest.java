package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nucleiml.files.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Threshold;
import org.nucleiml.inference.Constraint;
import org.nucleiml.data.Observable;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.PosteriorFiles;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.UniformPrior;
import org.nucleiml.inference.backend.SolverBackend;
import org.nucleiml.inference.mcmc.StopRule;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.reference.ReferenceSets;

/** Tests for {@link PosteriorStep}: up-to-date skips, fingerprint changes and the comparison. */
class PosteriorStepTest {

  private static final ReferenceSets.ReferenceSet FSU = ReferenceSets.named("FSUGold");

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  /** A seconds-long solver posterior of 16O in a 2% box around FSUGold. */
  private static PosteriorConfig tiny(String name, long seed) {
    double[] c = FSU.nmp().toArray();
    List<UniformPrior> box = new ArrayList<>();
    for (double v : c) {
      box.add(new UniformPrior(v - 0.01 * Math.abs(v), v + 0.01 * Math.abs(v)));
    }
    Nucleus o16 = Nucleus.parse("16O");
    return PosteriorConfig.builder(name).seed(seed).walkers(16).burnIn(2).checkInterval(10).threads(1)
        .stopRule(new StopRule(50, 1.01, 2000, 8))
        .prior(new ProductPrior(NuclearMatterParameters.NAMES, List.copyOf(box)))
        .constraints(List.of(Constraint.measured(o16, Observable.BINDING_ENERGY),
            Constraint.measured(o16, Observable.CHARGE_RADIUS))).build();
  }

  private PosteriorStep step(PosteriorConfig config, Optional<PosteriorComparisonStep> comparison) {
    SolverBackend backend = new SolverBackend(SolverSettings.DEFAULT, FSU.constants(), Threshold.STUDY);
    return new PosteriorStep(config, backend, dir, comparison, Optional.empty(), log::add);
  }

  @Test
  void testRun_secondRunIsUpToDateAndANewSeedRunsAgain() throws Exception {
    PosteriorStep.Outcome first = step(tiny("a", 1), Optional.empty()).run();
    assertEquals(StepRunner.Outcome.RAN, first.step());
    assertTrue(first.result().isPresent());
    for (String f : List.of(PosteriorFiles.CHAIN, PosteriorFiles.POSTERIOR, PosteriorFiles.CORNER)) {
      assertTrue(Files.size(dir.resolve("a").resolve(f)) > 0, f);
    }
    PosteriorStep.Outcome second = step(tiny("a", 1), Optional.empty()).run();
    assertEquals(StepRunner.Outcome.UP_TO_DATE, second.step());
    assertTrue(second.result().isEmpty());
    // the medians are logged from posterior.json even when nothing ran
    assertTrue(log.stream().filter(l -> l.trim().startsWith("L0 ")).count() >= 2, String.join("\n", log));
    assertEquals(StepRunner.Outcome.RAN, step(tiny("a", 2), Optional.empty()).run().step());
  }

  @Test
  void testFingerprint_threadsDoNotCountButTheBackendDoes() throws Exception {
    PosteriorConfig config = tiny("a", 1);
    String digest = step(config, Optional.empty()).fingerprint().digest();
    assertEquals(digest, step(config.toBuilder().threads(2).build(), Optional.empty()).fingerprint().digest());
    SolverBackend coarse = new SolverBackend(SolverSettings.DEFAULT.withMeshStep(0.2), FSU.constants(),
        Threshold.STUDY);
    String other = new PosteriorStep(config, coarse, dir, Optional.empty(), Optional.empty(), log::add)
        .fingerprint().digest();
    assertFalse(digest.equals(other));
  }

  @Test
  void testRun_comparisonWritesDivergencesAndSpeedUpAndAppliesTheGate() throws Exception {
    step(tiny("a", 1), Optional.empty()).run();
    Path a = dir.resolve("a");
    PosteriorStep.Outcome lenient = step(tiny("b", 2),
        Optional.of(new PosteriorComparisonStep(a, 1.0, 30))).run();
    PosteriorComparisonStep.Result r = lenient.comparison().orElseThrow();
    assertTrue(r.comparison().passed());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("b/comparison.json").toFile());
    assertEquals(7, json.path("parameters").size());
    // the speed-up is a run fact: in run-info.json, never in comparison.json
    assertTrue(json.path("cost").isMissingNode());
    assertTrue(r.speedUp() > 0);
    assertEquals(r.speedUp(), RunInfo.read(dir.resolve("b")).orElseThrow().path("comparison_cost")
        .path("speed_up_a_over_b").asDouble());
    assertTrue(Files.size(dir.resolve("b/corner-comparison.png")) > 0);
    // two different seeds never give identical histograms, so a zero gate must fail
    PosteriorStep.Outcome strict = step(tiny("b", 2), Optional.of(new PosteriorComparisonStep(a, 0.0, 30))).run();
    assertEquals(StepRunner.Outcome.UP_TO_DATE, strict.step());
    assertFalse(strict.comparison().orElseThrow().comparison().passed());
    // without a comparison the stale files go
    step(tiny("b", 2), Optional.empty()).run();
    assertFalse(Files.exists(dir.resolve("b/comparison.json")));
  }

  @Test
  void testComparison_directoryWithoutPosteriorIsNamed() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new PosteriorComparisonStep(dir.resolve("missing"), 0.1, 30));
    assertEquals("compareWith", e.parameter());
  }
}
