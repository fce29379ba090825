package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link ConfusionMatrix} and {@link ClassificationMetrics}. */
class ConfusionMatrixTest {

  private static final List<String> ABC = List.of("A", "B", "C");

  // Worked by hand: rows true, columns predicted
  //        A  B  C
  //   A    5  1  0   (6)
  //   B    2  3  1   (6)
  //   C    0  1  4   (5)
  private static LabelledPredictions threeClasses() {
    long[][] counts = {{5, 1, 0}, {2, 3, 1}, {0, 1, 4}};
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        for (int k = 0; k < counts[t][p]; k++) {
          truth.add(ABC.get(t));
          predicted.add(ABC.get(p));
        }
      }
    }
    return LabelledPredictions.of(ABC, truth, predicted);
  }

  @Test
  void testOf_tallies3x3ByHand() {
    ConfusionMatrix m = ConfusionMatrix.of(threeClasses());
    assertEquals(17, m.total());
    assertEquals(2, m.count(1, 0));
    assertEquals(1, m.count(1, 2));
    assertEquals(6, m.trueTotal(1));
    assertEquals(7, m.predictedTotal(0));
    assertEquals(12.0 / 17, m.accuracy(), 1e-15);
  }

  @Test
  void testPrecisionRecallF1_3x3ByHand() {
    ClassificationMetrics m = ClassificationMetrics.of(threeClasses());
    assertEquals(12.0 / 17, m.accuracy(), 1e-15);
    double[][] expected = {{5.0 / 7, 5.0 / 6, 10.0 / 13}, {3.0 / 5, 1.0 / 2, 6.0 / 11}, {4.0 / 5, 4.0 / 5, 0.8}};
    for (int c = 0; c < 3; c++) {
      ClassMetrics cm = m.perClass().get(c);
      assertEquals(expected[c][0], cm.precision(), 1e-15, "precision " + cm.label());
      assertEquals(expected[c][1], cm.recall(), 1e-15, "recall " + cm.label());
      assertEquals(expected[c][2], cm.f1(), 1e-15, "F1 " + cm.label());
    }
    assertEquals(6, m.forLabel("B").support());
    assertEquals((10.0 / 13 + 6.0 / 11 + 0.8) / 3, m.macroF1(), 1e-15);
  }

  @Test
  void testF1_neverPredictedClassIsZeroAndPrecisionUndefined() {
    LabelledPredictions p = LabelledPredictions.of(List.of("admissible", "non_admissible"),
        List.of("admissible", "non_admissible", "non_admissible"),
        List.of("admissible", "admissible", "admissible"));
    ClassMetrics nonAdmissible = ClassificationMetrics.of(p).forLabel("non_admissible");
    assertTrue(Double.isNaN(nonAdmissible.precision()));
    assertEquals(0.0, nonAdmissible.recall());
    assertEquals(0.0, nonAdmissible.f1());
  }

  @Test
  void testOf_unknownLabelNamesParameterAndAllowedLabels() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> LabelledPredictions.of(ABC, List.of("A", "D"), List.of("A", "B")));
    assertEquals("true labels[1]", e.parameter());
    assertTrue(e.getMessage().contains("[A, B, C]"), e.getMessage());
  }

  @Test
  void testConstructor_differentLengthsRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new LabelledPredictions(ABC, new int[] {0, 1}, new int[] {0}));
    assertEquals("predicted labels", e.parameter());
  }

  @Test
  void testConstructor_duplicateLabelsRejected() {
    assertThrows(InvalidParameterException.class,
        () -> new LabelledPredictions(List.of("A", "A"), new int[] {0}, new int[] {0}));
  }
}
