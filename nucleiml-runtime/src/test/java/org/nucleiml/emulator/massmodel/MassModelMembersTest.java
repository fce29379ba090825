package org.nucleiml.emulator.massmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.StoppingRule;

/**
 * Tests for mass models of several members ({@link MassModelDefinition#members()}): each member is the
 * one-network model of its own seed, the prediction is their mean computed independently here, and the
 * bytes depend neither on the thread count nor on a round trip through the file.
 */
class MassModelMembersTest {

  private static final SyntheticMasses MASSES = new SyntheticMasses(42L);

  private static MassModelDefinition definition(long seed, int members) {
    return new MassModelDefinition("A-III", List.of(16, 8), Activation.GELU, LossFunction.HUBER, 1e-8, 0.0,
        new LearningRateSchedule.Constant(3e-3), new StoppingRule.ValidationBest(30, 30), 64, 30,
        Initialisation.TORCH_DEFAULT, seed, members);
  }

  @Test
  void testTrain_membersAreTheSingleNetworksOfTheirSeedsAndPredictTheirMean() {
    TrainedMassModel three = MassModelTrainer.train(definition(42L, 3), MASSES.data(), 2, e -> { });
    long[] seeds = {42L, Seeds.derive(42L, 1), Seeds.derive(42L, 2)};
    TrainedMassModel[] alone = new TrainedMassModel[3];
    for (int k = 0; k < 3; k++) {
      alone[k] = MassModelTrainer.train(definition(seeds[k], 1), MASSES.data(), 1, e -> { });
      assertEquals(seeds[k], three.definition().memberSeed(k));
      assertArrayEquals(alone[k].networks().get(0).parameters(), three.networks().get(k).parameters(), 0.0,
          "member " + k);
      assertEquals(alone[k].curves().get(0).keptEpoch(), three.curves().get(k).keptEpoch());
    }
    // member 0 is the one-network model of the same seed, so M = 1 is unchanged
    assertArrayEquals(MassModelFile.encode(alone[0]), MassModelFile.encode(
        MassModelTrainer.train(definition(42L, 1), MASSES.data(), 2, e -> { })));
    for (int r = 0; r < MASSES.features.length; r += 11) {
      double[] got = three.predict(MASSES.features[r]);
      double[][] members = three.predictMembers(MASSES.features[r]);
      for (int o = 0; o < got.length; o++) {
        double mean = 0;
        for (int k = 0; k < 3; k++) {
          double own = alone[k].predict(MASSES.features[r])[o];
          assertEquals(own, members[k][o], 1e-12 * Math.max(1, Math.abs(own)));
          mean += own / 3;
        }
        // the mean of physical outputs equals the unscaled mean of scaled outputs up to rounding
        assertEquals(mean, got[o], 1e-9 * Math.max(1, Math.abs(mean)), "row " + r + " output " + o);
      }
    }
  }

  @Test
  void testTrain_sameBytesForOneAndTwoThreadsAndThroughTheFile() throws Exception {
    MassModelDefinition d = definition(7L, 2);
    TrainedMassModel one = MassModelTrainer.train(d, MASSES.data(), 1, e -> { });
    byte[] bytes = MassModelFile.encode(one);
    assertArrayEquals(bytes, MassModelFile.encode(MassModelTrainer.train(d, MASSES.data(), 2, e -> { })));
    TrainedMassModel read = MassModelFile.decode(bytes, "A-III.model.json");
    assertEquals(d, read.definition());
    assertArrayEquals(bytes, MassModelFile.encode(read));
    for (int r = 0; r < MASSES.features.length; r += 13) {
      assertArrayEquals(one.predict(MASSES.features[r]), read.predict(MASSES.features[r]), 0.0);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"version\" : 2") && text.contains("\"members\" : 2"), "version 2 with members");
    String single = new String(MassModelFile.encode(MassModelTrainer.train(definition(7L, 1), MASSES.data(), 1,
        e -> { })), StandardCharsets.UTF_8);
    assertTrue(single.contains("\"version\" : 1"), "one network keeps version 1");
    assertFalse(single.contains("members"), "one network's file has no members field");
  }

  @Test
  void testCurvesCsv_hasAMemberColumnOnlyForSeveralMembers() {
    TrainedMassModel two = MassModelTrainer.train(definition(7L, 2).withTraining(new LearningRateSchedule.Constant(1e-3),
        new StoppingRule.FixedEpochs(), 64, 3), MASSES.data(), 2, e -> { });
    String[] lines = two.curvesCsv().split("\n");
    assertEquals("member,epoch,training_loss,validation_loss,learning_rate", lines[0]);
    assertEquals(7, lines.length);
    assertTrue(lines[1].startsWith("0,1,") && lines[4].startsWith("1,1,"), lines[4]);
    assertTrue(two.curves().get(0).toCsv().startsWith("epoch,"));
  }

  @Test
  void testDefinition_rejectsNoMembers() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> definition(42L, 0));
    assertEquals("models[A-III].members", e.parameter());
    assertThrows(InvalidParameterException.class, () -> definition(42L, 2).memberSeed(2));
  }
}
