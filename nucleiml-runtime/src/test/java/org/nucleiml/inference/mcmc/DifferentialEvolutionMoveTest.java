package org.nucleiml.inference.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link DifferentialEvolutionMove} and {@link MoveMixture}. */
class DifferentialEvolutionMoveTest {

  @Test
  void testPropose_isWalkerPlusScaledDifferenceOfTwoDistinctOthers() {
    // Complement points e_j * (j + 1): every proposal reveals which pair it used.
    double[][] others = new double[4][4];
    for (int j = 0; j < 4; j++) {
      others[j][j] = j + 1;
    }
    DifferentialEvolutionMove move = new DifferentialEvolutionMove(0.5, 0.0);
    Set<String> pairs = new HashSet<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int t = 0; t < 400; t++) {
      EnsembleMove.Proposal p = move.propose(new double[] {1, 1, 1, 1}, others, random);
      assertEquals(0.0, p.logFactor(), 0.0);
      int plus = -1;
      int minus = -1;
      for (int i = 0; i < 4; i++) {
        double d = p.point()[i] - 1;
        if (d > 0) {
          assertEquals(0.5 * (i + 1), d, 1e-15);
          plus = i;
        } else if (d < 0) {
          assertEquals(-0.5 * (i + 1), d, 1e-15);
          minus = i;
        }
      }
      assertTrue(plus >= 0 && minus >= 0, "two distinct partners");
      assertNotEquals(plus, minus);
      pairs.add(plus + "-" + minus);
    }
    assertEquals(12, pairs.size(), "every ordered pair of distinct partners is reachable");
  }

  @Test
  void testForDimension_usesTheGaussianOptimalScale() {
    assertEquals(2.38 / Math.sqrt(14), DifferentialEvolutionMove.forDimension(7).gamma(), 1e-15);
    assertThrows(InvalidParameterException.class, () -> new DifferentialEvolutionMove(0, 1e-5));
    assertThrows(InvalidParameterException.class, () -> new DifferentialEvolutionMove(1, -1));
  }

  @Test
  void testMixture_zeroFractionIsThePlainStretchMoveAndWeightsAreChecked() {
    assertSame(StretchMove.DEFAULT, MoveMixture.stretchAndDifferentialEvolution(0, 7));
    assertTrue(MoveMixture.stretchAndDifferentialEvolution(1, 7) instanceof DifferentialEvolutionMove);
    assertThrows(InvalidParameterException.class, () -> MoveMixture.stretchAndDifferentialEvolution(1.5, 7));
    assertThrows(InvalidParameterException.class,
        () -> new MoveMixture(List.of(StretchMove.DEFAULT), List.of(0.5)));
    assertThrows(InvalidParameterException.class,
        () -> new MoveMixture(List.of(StretchMove.DEFAULT, StretchMove.DEFAULT), List.of(1.0)));
  }

  @Test
  void testMixture_picksMovesInProportion() {
    EnsembleMove mix = MoveMixture.stretchAndDifferentialEvolution(0.8, 2);
    double[][] others = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    SplittableRandom random = new SplittableRandom(11);
    int de = 0;
    int n = 20_000;
    for (int t = 0; t < n; t++) {
      // Only the stretch move has a non-zero log factor (z != 1 almost surely).
      if (mix.propose(new double[] {0.5, 0.5}, others, random).logFactor() == 0.0) {
        de++;
      }
    }
    // 4 binomial standard deviations.
    assertEquals(0.8, (double) de / n, 4 * Math.sqrt(0.8 * 0.2 / n));
  }
}
