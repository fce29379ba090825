package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.Observable;
import org.nucleiml.inference.mcmc.StopRule;

/** Tests for {@link PosteriorConfig} and its builder. */
class PosteriorConfigTest {

  @Test
  void testBuild_studyDefaults() {
    PosteriorConfig c = PosteriorConfig.builder("emulator").build();
    assertEquals(64, c.walkers());
    assertEquals(50, c.stopRule().tauFactor());
    assertEquals(1.01, c.stopRule().rHatTarget());
    assertEquals(2000, c.stopRule().minEss());
    assertEquals(4, c.constraints().size());
    assertEquals(ProductPrior.studyBox(), c.prior());
    assertTrue(c.admissibilityGate());
    assertEquals(0.5, c.effectiveThreshold());
    assertEquals(0.0, c.toBuilder().admissibilityGate(false).build().effectiveThreshold());
    assertNull(c.start());
  }

  @Test
  void testBuild_rejectsEachBadSettingByName() {
    assertRejected("walkers", PosteriorConfig.builder("x").walkers(15));
    assertRejected("walkers", PosteriorConfig.builder("x").walkers(14));
    assertRejected("threads", PosteriorConfig.builder("x").threads(0));
    assertRejected("thin", PosteriorConfig.builder("x").thin(0));
    assertRejected("thin", PosteriorConfig.builder("x").stopRule(new StopRule(50, 1.01, 10, 100)).thin(26));
    assertRejected("burnIn", PosteriorConfig.builder("x").burnIn(-1));
    assertRejected("checkInterval", PosteriorConfig.builder("x").checkInterval(5));
    assertRejected("rHatGroups", PosteriorConfig.builder("x").rHatGroups(1));
    assertRejected("name", PosteriorConfig.builder("a/b"));
    assertRejected("maxSteps", PosteriorConfig.builder("x").stopRule(new StopRule(50, 1.01, 10, 10_000_000)));
    assertRejected("admissibilityThreshold", PosteriorConfig.builder("x").admissibilityThreshold(0));
    assertRejected("start", PosteriorConfig.builder("x").start(new double[] {0.15, -16, 200, 0, 0.6, 30, 200}));
    assertRejected("constraints", PosteriorConfig.builder("x").constraints(java.util.List.of()));
  }

  @Test
  void testStart_copiedDefensively() {
    double[] start = {0.15, -16, 200, 0, 0.6, 30, 50};
    PosteriorConfig c = PosteriorConfig.builder("x").start(start).build();
    start[0] = 99;
    c.start()[1] = 99;
    assertEquals(0.15, c.start()[0]);
    assertEquals(-16, c.start()[1]);
  }

  @Test
  void testFingerprintParameters_ignoreThreadsButSeeEverySettingOfTheDraws() {
    PosteriorConfig c = PosteriorConfig.builder("x").build();
    assertEquals(c.fingerprintParameters(), c.toBuilder().threads(7).build().fingerprintParameters());
    assertTrue(!c.fingerprintParameters().equals(c.toBuilder().seed(1).build().fingerprintParameters()));
    assertTrue(!c.fingerprintParameters().toString().equals(c.toBuilder()
        .prior(ProductPrior.studyBox().with("L0", new GaussianPrior(50, 10))).build().fingerprintParameters().toString()));
    assertTrue(!c.fingerprintParameters().toString().equals(c.toBuilder()
        .modelErrors(java.util.List.of(new ModelError(Observable.CHARGE_RADIUS, 0.02, 0))).build()
        .fingerprintParameters().toString()));
    double[] start = {0.15, -16, 200, 0, 0.6, 30, 50};
    assertEquals(c.toBuilder().start(start).build().fingerprintParameters().toString(),
        c.toBuilder().start(start.clone()).build().fingerprintParameters().toString());
  }

  private static void assertRejected(String parameter, PosteriorConfigBuilder builder) {
    assertEquals(parameter, assertThrows(InvalidParameterException.class, builder::build).parameter());
  }
}
