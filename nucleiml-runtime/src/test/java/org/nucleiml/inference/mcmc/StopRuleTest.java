package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link StopRule}. */
class StopRuleTest {

  private static final StopRule RULE = new StopRule(50, 1.01, 2000, 10_000);
  private static final List<String> NAMES = List.of("J0", "L0");

  @Test
  void testDecide_allConditionsMet() {
    StopDecision d = RULE.decide(new Diagnostics(3000, new double[] {40, 59}, new double[] {3000, 2500},
        new double[] {1.002, 1.009}), NAMES);
    assertTrue(d.converged());
    assertTrue(d.stop());
    assertTrue(d.failing().isEmpty());
  }

  @Test
  void testDecide_namesEveryFailingCondition() {
    StopDecision d = RULE.decide(new Diagnostics(3000, new double[] {61, 20}, new double[] {3000, 1999},
        new double[] {1.02, Double.NaN}), NAMES);
    assertFalse(d.converged());
    assertFalse(d.capReached());
    assertEquals(List.of("J0: steps 3000 <= 50 tau = 3050", "J0: R-hat 1.0200 >= 1.0100",
        "L0: R-hat NaN >= 1.0100", "L0: ESS 1999 < 2000"), d.failing());
  }

  @Test
  void testDecide_capStopsWithoutConvergence() {
    StopDecision d = RULE.decide(new Diagnostics(10_000, new double[] {500, 20}, new double[] {3000, 3000},
        new double[] {1.0, 1.0}), NAMES);
    assertFalse(d.converged());
    assertTrue(d.capReached());
    assertTrue(d.stop());
  }

  @Test
  void testStepsLeft_fromLargestTau() {
    Diagnostics d = new Diagnostics(1000, new double[] {40, 20}, new double[] {1, 1}, new double[] {1, 1});
    assertEquals(50 * 40 - 1000, RULE.stepsLeft(d, 64), 1e-9);
    assertEquals(2000 * 40 / 16.0 - 1000, RULE.stepsLeft(d, 16), 1e-9);
  }

  @Test
  void testConstructor_rejectsRHatTargetAtOne() {
    assertThrows(InvalidParameterException.class, () -> new StopRule(50, 1.0, 100, 10));
  }
}
