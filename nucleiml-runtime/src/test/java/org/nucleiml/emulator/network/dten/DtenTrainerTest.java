package org.nucleiml.emulator.network.dten;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.LearningRateSchedule;

/** Tests for {@link DtenTrainer} and {@link DtenMember#train}. */
class DtenTrainerTest {

  private static DtenPlan plan(int epochs, int patience, int threads) {
    return new DtenPlan(DtenFixtures.tiny(), 1.0, 32, new LearningRateSchedule.Plateau(3e-3, patience, 0.1, 1e-8, true),
        epochs, AdamOptimizer.TORCH_EPSILON, 42L, threads);
  }

  @Test
  void testBatches_lastPartialAndASingleRowJoinedToThePrevious() {
    assertEquals(List.of("0-32", "32-64", "64-70"), ranges(DtenTrainer.batches(70, 32)));
    assertEquals(List.of("0-32", "32-65"), ranges(DtenTrainer.batches(65, 32)));
    assertEquals(List.of("0-5"), ranges(DtenTrainer.batches(5, 32)));
  }

  @Test
  void testMember_learnsASmoothSyntheticTargetWellBelowItsSpread() {
    // B/A spans [7, 8) MeV with a standard deviation of ~0.18 MeV; predicting the mean gives RMS(B) of
    // ~0.18 A ~ 20 MeV. A tiny DTEN must reach an RMS(B/A) below 0.05 MeV on unseen rows.
    DtenData train = DtenFixtures.synthetic(400, 1);
    DtenData validation = DtenFixtures.synthetic(100, 2);
    DtenMember member = DtenMember.train(plan(60, 10, 2), 0, train, validation, e -> { });
    DtenData test = DtenFixtures.synthetic(200, 3);
    double[] b = member.bindingEnergies(test, 2);
    double sum = 0;
    double spread = 0;
    double mean = 0;
    for (int r = 0; r < b.length; r++) {
      mean += test.targets()[r] / test.massNumbers()[r] / b.length;
    }
    for (int r = 0; r < b.length; r++) {
      double e = (b[r] - test.targets()[r]) / test.massNumbers()[r];
      sum += e * e;
      double d = test.targets()[r] / test.massNumbers()[r] - mean;
      spread += d * d;
    }
    double rmsPerNucleon = Math.sqrt(sum / b.length);
    assertTrue(Math.sqrt(spread / b.length) > 0.15, "target spread " + Math.sqrt(spread / b.length));
    assertTrue(rmsPerNucleon < 0.05, "test RMS(B/A) " + rmsPerNucleon + " MeV");
    assertTrue(member.validationRmsMeV() > 0 && member.keptEpoch() >= 1);
  }

  @Test
  void testMember_oneAndTwoThreadsGiveByteIdenticalFiles() {
    DtenData train = DtenFixtures.synthetic(90, 4);
    DtenData validation = DtenFixtures.synthetic(30, 5);
    byte[] one = DtenModelFile.encode(DtenMember.train(plan(6, 2, 1), 1, train, validation, e -> { }));
    byte[] two = DtenModelFile.encode(DtenMember.train(plan(6, 2, 2), 1, train, validation, e -> { }));
    assertArrayEquals(one, two);
  }

  @Test
  void testPlateau_reducesTheRateAfterPatienceEndsBelowTheFloorAndKeepsTheBestEpoch() {
    DtenData train = DtenFixtures.synthetic(64, 6);
    DtenData validation = DtenFixtures.synthetic(20, 7);
    DtenArchitecture a = DtenFixtures.tiny();
    DtenScaling s = DtenScaling.fit(train, a);
    // A rate far too high, so the validation loss stalls and the plateau rule must act; the floor 0.01
    // ends the run at the second reduction (0.5 -> 0.05 -> 0.005).
    DtenPlan plan = new DtenPlan(a, 0.0, 16, new LearningRateSchedule.Plateau(0.5, 2, 0.1, 0.01, true), 60,
        AdamOptimizer.TORCH_EPSILON, 7L, 1);
    List<EpochLoss> seen = new ArrayList<>();
    DtenTrainingResult r = new DtenTrainer(plan).train(3L, s.scale(train, a), s.scale(validation, a), seen::add);
    assertTrue(r.reachedFloor(), "the rate fell below 0.01 before 60 epochs: " + r.rates());
    // Replay the rule on the recorded losses: a reduction after 2 epochs without a new best since the
    // best epoch or the last reduction; the run ends at the reduction that crosses the floor.
    double best = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    int lastChange = 0;
    double rate = 0.5;
    int reductions = 0;
    for (EpochLoss e : seen) {
      assertEquals(rate, r.rates().get(e.epoch() - 1), 0.0, "rate of epoch " + e.epoch());
      if (e.validationLoss() < best) {
        best = e.validationLoss();
        bestEpoch = e.epoch();
      }
      if (e.epoch() - Math.max(bestEpoch, lastChange) >= 2) {
        rate *= 0.1;
        lastChange = e.epoch();
        reductions++;
      }
    }
    assertEquals(2, reductions);
    assertEquals(bestEpoch, r.keptEpoch());
    // The kept parameters and running statistics reproduce the best validation loss exactly.
    assertEquals(best, DtenTrainer.loss(r.model(), s.scale(validation, a), 0.0, 1), 0.0);
  }

  private static List<String> ranges(int[][] batches) {
    List<String> out = new ArrayList<>();
    for (int[] b : batches) {
      out.add(b[0] + "-" + b[1]);
    }
    return out;
  }
}
