package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link ProbabilityScores} and {@link ClassifierMetrics}. */
class ProbabilityScoresTest {

  @Test
  void testOf_aucAndBrierByHand() {
    // Positive-negative pairs: (0.9,0.8) win, (0.9,0.3) win, (0.4,0.8) loss, (0.4,0.3) win -> 3/4.
    // Brier: (0.1^2 + 0.8^2 + 0.6^2 + 0.3^2)/4 = 1.10/4.
    ProbabilityScores s = ProbabilityScores.of(new double[] {0.9, 0.8, 0.4, 0.3},
        new boolean[] {true, false, true, false});
    assertEquals(0.75, s.rocAuc(), 1e-15);
    assertEquals(0.275, s.brierScore(), 1e-15);
  }

  @Test
  void testOf_tiesCountHalf() {
    ProbabilityScores s = ProbabilityScores.of(new double[] {0.5, 0.5, 0.7}, new boolean[] {true, false, false});
    // Pairs: (0.5 vs 0.5) tie = 1/2, (0.5 vs 0.7) loss -> 0.5 / 2.
    assertEquals(0.25, s.rocAuc(), 1e-15);
  }

  @Test
  void testOf_singleClassAucUndefined() {
    assertTrue(Double.isNaN(ProbabilityScores.of(new double[] {0.2, 0.9}, new boolean[] {true, true}).rocAuc()));
  }

  @Test
  void testOf_probabilityAboveOneRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> ProbabilityScores.of(new double[] {1.2}, new boolean[] {true}));
    assertEquals("probabilities[0]", e.parameter());
  }

  @Test
  void testClassifierMetrics_probabilitiesOfAdmissibleLabel() {
    List<String> labels = List.of("non_admissible", "admissible");
    LabelledPredictions binary = LabelledPredictions.of(labels,
        List.of("admissible", "non_admissible", "admissible", "non_admissible"),
        List.of("admissible", "admissible", "non_admissible", "non_admissible"));
    ClassifierMetrics m = ClassifierMetrics.of(new ClassifierInput(binary, new double[] {0.9, 0.8, 0.4, 0.3}, null));
    assertEquals(0.75, m.scores().rocAuc(), 1e-15);
    assertEquals(0.5, m.binary().accuracy(), 1e-15);
  }

  @Test
  void testClassifierInput_probabilityCountMismatchRejected() {
    LabelledPredictions binary = LabelledPredictions.of(List.of("admissible", "non_admissible"),
        List.of("admissible"), List.of("admissible"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ClassifierInput(binary, new double[] {0.5, 0.5}, null));
    assertEquals("probabilityAdmissible", e.parameter());
  }
}
